import { useQuery } from '@apollo/client/react';
import { Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { ErrorAlert } from '../../../app/components/ErrorAlert';
import { SERVICE_NATURE_LABELS, labelOf } from '../../../app/labels';
import type { NoticesQuery as NoticesResult } from '../../../graphql/generated/graphql';
import { NoticesQuery } from '../../../graphql/notices';
import { dateTime } from '../../../app/format';
import { PUBLIC_NOTICE_WORKING_DAYS } from '@hebei/domain';

type Notice = NoticesResult['notices'][number];
type Entry = Notice['entries'][number];

const ENTRY_COLUMNS: TableColumnsType<Entry> = [
  { title: '序号', key: 'i', width: 60, align: 'center', render: (_, __, i) => i + 1 },
  { title: '单位名称', dataIndex: 'name', key: 'name' },
  { title: '所在地区', dataIndex: 'place', key: 'place', width: 160 },
  { title: '服务性质', dataIndex: 'nature', key: 'nature', width: 100, render: (v: Entry['nature']) => labelOf(SERVICE_NATURE_LABELS, v) },
  {
    title: '主要服务方向',
    key: 'categories',
    render: (_, e) => (
      <Space size={[4, 4]} wrap>
        {e.categories.map((c) => (
          <Tag key={c}>{c}</Tag>
        ))}
      </Space>
    ),
  },
  {
    title: '状态',
    key: 'state',
    width: 90,
    render: (_, e) => (e.inNotice ? <Tag color="purple">公示中</Tag> : <Tag color="success">已入库</Tag>),
  },
];

/** Every notice published, newest first; a row opens its list. */
export function NoticeList() {
  const { data, loading, error, refetch } = useQuery(NoticesQuery, { fetchPolicy: 'cache-and-network' });
  const columns: TableColumnsType<Notice> = [
    { title: '批次', dataIndex: 'batchName', key: 'batch', width: 160 },
    {
      title: '公示期',
      key: 'period',
      width: 240,
      render: (_, n) => `${n.publishedOn} 至 ${n.endsOn}（${PUBLIC_NOTICE_WORKING_DAYS}个工作日）`,
    },
    { title: '状态', key: 'active', width: 100, render: (_, n) => (n.active ? <Tag color="purple">公示中</Tag> : <Tag>已结束</Tag>) },
    { title: '公示名单', key: 'count', width: 110, render: (_, n) => `${n.entries.length} 家` },
    { title: '发布时间', dataIndex: 'createdAt', key: 'createdAt', render: dateTime },
  ];
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<Notice>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.notices ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: '尚未发布公示' }}
        expandable={{
          expandedRowRender: (n) => (
            <Table<Entry> rowKey="applicationId" size="small" columns={ENTRY_COLUMNS} dataSource={n.entries} pagination={false} />
          ),
          rowExpandable: (n) => n.entries.length > 0,
        }}
        data-testid="notices-table"
      />
    </>
  );
}
