import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, useFormErrors } from '../../../app/components';
import { OBJECTION_STATUS_COLORS, OBJECTION_STATUS_LABELS } from '../../../app/labels';
import type { ObjectionStatus, ObjectionsQuery as ObjectionsResult } from '../../../graphql/generated/graphql';
import { ApplicationNameQuery, ObjectionsQuery, ResolveObjectionMutation } from '../../../graphql/notices';
import { dateTime } from '../../../app/format';

type Row = ObjectionsResult['objections'][number];
type StatusFilter = ObjectionStatus | 'ALL';

/** The objection carries only the application id; its name is looked up once and cached. */
function Target({ id }: { id: string }) {
  const { data } = useQuery(ApplicationNameQuery, { variables: { id } });
  return <Link to={`/applications/${id}`}>{data?.application.name ?? `申请 #${id}`}</Link>;
}

export function ObjectionsPanel() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<StatusFilter>('PENDING');
  const { data, loading, error, refetch } = useQuery(ObjectionsQuery, {
    variables: { status: status === 'ALL' ? null : status },
    fetchPolicy: 'cache-and-network',
  });
  const [resolving, setResolving] = useState<{ row: Row; upheld: boolean } | null>(null);

  const columns: TableColumnsType<Row> = [
    { title: '异议对象', key: 'target', width: 220, render: (_, r) => <Target id={r.applicationId} /> },
    { title: '异议人', dataIndex: 'name', key: 'name', width: 110 },
    { title: '联系方式', dataIndex: 'contact', key: 'contact', width: 130 },
    {
      title: '异议内容',
      dataIndex: 'content',
      key: 'content',
      render: (v: string) => (
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: '展开' }} style={{ marginBottom: 0 }}>
          {v}
        </Typography.Paragraph>
      ),
    },
    { title: '提出时间', dataIndex: 'createdAt', key: 'createdAt', width: 150, render: dateTime },
    {
      title: '处理结果',
      key: 'status',
      width: 150,
      render: (_, r) => (
        <div>
          <Tag color={OBJECTION_STATUS_COLORS[r.status]}>{OBJECTION_STATUS_LABELS[r.status]}</Tag>
          {r.resolution ? <div className="meta-note">{r.resolution}</div> : null}
        </div>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, r) =>
        r.status === 'PENDING' ? (
          <Space size={4}>
            <Button size="small" danger autoInsertSpace={false} onClick={() => setResolving({ row: r, upheld: true })}>
              成立
            </Button>
            <Button size="small" onClick={() => setResolving({ row: r, upheld: false })}>
              不成立
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{dateTime(r.resolvedAt)}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'PENDING', label: '待处理' },
            { value: 'UPHELD', label: '成立' },
            { value: 'DISMISSED', label: '不成立' },
            { value: 'ALL', label: '全部' },
          ]}
        />
        <Typography.Text type="secondary">异议成立的，该申请不予入库；不成立的，公示期满后正常入库。</Typography.Text>
      </Space>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.objections ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: status === 'PENDING' ? '暂无待处理的异议' : '暂无异议' }}
        data-testid="objections-table"
      />
      <ResolveModal
        target={resolving}
        onClose={() => setResolving(null)}
        onDone={async (upheld) => {
          setResolving(null);
          message.success(upheld ? '已认定异议成立，该申请不予入库' : '已认定异议不成立');
          await refetch();
        }}
      />
    </>
  );
}

const RESOLVE_FIELDS = ['resolution'] as const;

function ResolveModal({
  target,
  onClose,
  onDone,
}: {
  target: { row: Row; upheld: boolean } | null;
  onClose: () => void;
  onDone: (upheld: boolean) => Promise<void>;
}) {
  const [form] = Form.useForm<{ resolution?: string }>();
  const errors = useFormErrors(form, RESOLVE_FIELDS, 'resolve-error');
  const [resolve, { loading }] = useMutation(ResolveObjectionMutation, {
    update(cache) {
      for (const fieldName of [
        'objections',
        'notices',
        'publicNotices',
        'batches',
        'applications',
        'applicationQueueCounts',
        'workQueueCounts',
      ])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
  const upheld = target?.upheld ?? false;
  const submit = async ({ resolution }: { resolution?: string }) => {
    if (!target) return;
    await errors.attempt(async () => {
      await resolve({ variables: { input: { objectionId: target.row.id, upheld, resolution: resolution?.trim() || null } } });
      await onDone(upheld);
    });
  };
  return (
    <Modal
      open={!!target}
      title={upheld ? '认定异议成立' : '认定异议不成立'}
      okText="确认"
      cancelText="取消"
      okButtonProps={{ loading, danger: upheld }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={errors.clear}
      destroyOnHidden
    >
      {upheld ? (
        <Alert type="warning" showIcon title="异议成立后，该申请将不予入库，并通知申请单位。" style={{ marginBottom: 16 }} />
      ) : null}
      {errors.alert}
      <Form form={form} layout="vertical" name="resolveObjection" onFinish={submit} disabled={loading}>
        <Form.Item
          name="resolution"
          label={upheld ? '处理意见' : '处理意见（选填）'}
          rules={[
            { required: upheld, whitespace: true, message: '异议成立时必须填写处理意见' },
            { max: 1000, message: '最多1000字' },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={1000}
            showCount
            placeholder={upheld ? '写明核实情况与处理依据' : '如：经核实，异议所述情况不属实'}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
