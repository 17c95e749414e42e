import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../app/components/CursorPager';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { errorMessage } from '../../app/errors';
import { useCursorPagination } from '../../app/pagination';
import { DeleteServiceCaseMutation, MyServiceCasesQuery as CasesDocument } from '../../graphql/cases';
import type { MyServiceCasesQuery } from '../../graphql/generated/graphql';
import { CaseModal } from './components/CaseModal';

export type CaseRow = MyServiceCasesQuery['myServiceCases']['edges'][number]['node'];

const clip = (v: string) => (
  <Tooltip title={v} placement="topLeft">
    {v}
  </Tooltip>
);

/** Typical cases the institution shows on its registry page (Art. 13(1)). */
export function CasesPage() {
  const { message } = App.useApp();
  const pagination = useCursorPagination();
  const [editing, setEditing] = useState<CaseRow | 'new' | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(CasesDocument, {
    variables: { first: pagination.first, after: pagination.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.myServiceCases;
  const [remove] = useMutation(DeleteServiceCaseMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceCases' });
      cache.gc();
    },
  });

  const del = async (row: CaseRow) => {
    try {
      await remove({ variables: { id: row.id } });
      message.success(`已删除案例“${row.title}”`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<CaseRow> = [
    {
      title: '案例标题',
      dataIndex: 'title',
      key: 'title',
      width: 260,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: '服务企业', dataIndex: 'enterpriseName', key: 'enterpriseName', width: 220 },
    { title: '服务日期', dataIndex: 'servedOn', key: 'servedOn', width: 110 },
    { title: '服务内容', dataIndex: 'content', key: 'content', ellipsis: { showTitle: false }, render: clip },
    { title: '服务成效', dataIndex: 'outcome', key: 'outcome', ellipsis: { showTitle: false }, render: clip },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, r) => (
        <Space size={4}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
            编辑
          </Button>
          <Popconfirm
            title="删除服务案例"
            description={`确定删除“${r.title}”吗？删除后不可恢复。`}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => del(r)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title="服务案例"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增案例
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">服务案例展示在本机构的服务资源库页面上，按服务日期由近到远排列。</Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<CaseRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={error ? [] : (connection?.edges.map((e) => e.node) ?? [])}
        loading={loading}
        pagination={false}
        scroll={{ x: 1080 }}
        locale={{ emptyText: '尚未发布服务案例，点击“新增案例”开始' }}
        data-testid="cases-table"
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <CaseModal serviceCase={editing} onClose={() => setEditing(null)} />
    </PageContainer>
  );
}
