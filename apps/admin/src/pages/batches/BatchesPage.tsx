import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { errorMessage } from '../../app/errors';
import { APPLICATION_STATUS_COLORS, BATCH_STATUS_COLORS, BATCH_STATUS_LABELS } from '../../app/labels';
import { BatchesQuery, CloseBatchMutation, OpenBatchMutation } from '../../graphql/batches';
import type { ApplicationStatus, BatchesQuery as BatchesResult } from '../../graphql/generated/graphql';
import { dateTime } from '../../app/format';
import { CreateBatchModal } from './components/CreateBatchModal';

type Row = BatchesResult['batches'][number];

/** The order applications move through; drafts are the applicants' own and not counted here. */
const FLOW: ApplicationStatus[] = [
  'SUBMITTED',
  'COUNTY_APPROVED',
  'CITY_RECOMMENDED',
  'PROVINCE_APPROVED',
  'IN_PUBLIC_NOTICE',
  'ADMITTED',
  'RETURNED',
  'REJECTED',
];

/**
 * Province-wide counts name the step reached, not the queue: a SUBMITTED application from 定州/辛集/雄安
 * already waits for its city, and these counts cannot tell it apart.
 */
const STEP_LABELS: Record<string, string> = {
  SUBMITTED: '已提交',
  COUNTY_APPROVED: '县级已通过',
  CITY_RECOMMENDED: '市级已推荐',
  PROVINCE_APPROVED: '待公示',
  IN_PUBLIC_NOTICE: '公示中',
  ADMITTED: '已入库',
  RETURNED: '已退回',
  REJECTED: '未通过',
};

export function BatchesPage() {
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(BatchesQuery, { fetchPolicy: 'cache-and-network' });
  const [openBatch] = useMutation(OpenBatchMutation);
  const [closeBatch] = useMutation(CloseBatchMutation);
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (row: Row, to: 'OPEN' | 'CLOSED') => {
    setBusy(row.id);
    try {
      if (to === 'OPEN') await openBatch({ variables: { id: row.id } });
      else await closeBatch({ variables: { id: row.id } });
      message.success(to === 'OPEN' ? `“${row.name}”已开放申报` : `“${row.name}”已截止申报`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: '批次名称', dataIndex: 'name', key: 'name', width: 200, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: '线上填报截止', dataIndex: 'onlineDeadline', key: 'online', width: 120 },
    { title: '纸质材料截止', dataIndex: 'paperDeadline', key: 'paper', width: 120 },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (v: Row['status']) => (
        <Tag color={BATCH_STATUS_COLORS[v]} data-testid="batch-status">
          {BATCH_STATUS_LABELS[v]}
        </Tag>
      ),
    },
    {
      title: '申请情况（全省）',
      key: 'counts',
      render: (_, r) => {
        const counts = FLOW.map((s) => ({ s, n: r.statusCounts.find((c) => c.status === s)?.count ?? 0 })).filter((c) => c.n > 0);
        const total = counts.reduce((sum, c) => sum + c.n, 0);
        return counts.length ? (
          <Space size={[4, 4]} wrap data-testid="batch-counts">
            <Typography.Text type="secondary">共 {total} 份：</Typography.Text>
            {counts.map((c) => (
              <Tag key={c.s} color={APPLICATION_STATUS_COLORS[c.s]}>
                {STEP_LABELS[c.s]} {c.n}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">暂无已提交的申请</Typography.Text>
        );
      },
    },
    { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', width: 150, render: dateTime },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, r) =>
        r.status === 'OPEN' ? (
          <Popconfirm
            title={`截止“${r.name}”申报？`}
            description="截止后申请单位不能再新建或提交申请，已提交的申请继续审核。"
            okText="截止申报"
            cancelText="取消"
            onConfirm={() => change(r, 'CLOSED')}
          >
            <Button size="small" danger loading={busy === r.id}>
              截止申报
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm
            title={`开放“${r.name}”申报？`}
            description={`开放后申请单位即可在线填报，线上截止日期为 ${r.onlineDeadline}。`}
            okText="开放申报"
            cancelText="取消"
            onConfirm={() => change(r, 'OPEN')}
          >
            <Button size="small" type="primary" ghost loading={busy === r.id}>
              {r.status === 'CLOSED' ? '重新开放' : '开放申报'}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title="申报批次"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建批次
        </Button>
      }
    >
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.batches ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="batches-table"
      />
      <CreateBatchModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
