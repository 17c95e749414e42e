import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PASSWORD_RESET_STATUS_LABELS } from '@hebei/domain';
import { useState } from 'react';
import { CursorTable, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import { errorMessage } from '../../app/errors';
import { dateTime } from '../../app/format';
import { optionsOf, ROLE_LABELS } from '../../app/labels';
import { useListUrlState } from '../../app/url-state';
import type { PasswordResetRequestsQuery as Result, PasswordResetStatus } from '../../graphql/generated/graphql';
import { ApprovePasswordResetMutation, PasswordResetRequestsQuery } from '../../graphql/password-resets';
import { OneTimePasswordModal } from '../../components';
import { RejectResetModal } from './components/RejectResetModal';

export type ResetRow = Result['passwordResetRequests']['edges'][number]['node'];
interface Filter {
  status?: PasswordResetStatus;
}
const STATUS_COLORS: Record<PasswordResetStatus, string> = { PENDING: 'orange', APPROVED: 'green', REJECTED: 'default' };

/**
 * 密码重置申请 (忘记密码, ADR 0021): requests of the institutions' and enterprises' users of the jurisdiction. The officer
 * calls the organisation's registered phone, then approves (a one-time password to pass on by phone) or rejects.
 */
export function PasswordResetsPage() {
  const { message } = App.useApp();
  const view = useListUrlState<Filter>({ pageSize: 20 });
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const reject = useDialog<ResetRow>();
  const list = useConnectionQuery(PasswordResetRequestsQuery, {
    variables: { status: view.filter.status },
    state: view,
    select: (d) => d.passwordResetRequests,
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApprovePasswordResetMutation, { refetchQueries: ['PasswordResetRequests', 'WorkQueueCounts'] });

  const columns: TableColumnsType<ResetRow> = [
    { title: '申请时间', dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
    {
      title: '用户',
      key: 'user',
      width: 180,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="reset-username">
            {r.username}
          </Typography.Text>
          <Typography.Text type="secondary">
            {r.displayName} · {ROLE_LABELS[r.role]}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '所属单位',
      key: 'org',
      width: 240,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.organisationName}</span>
          <Typography.Text type="secondary">{r.uscc}</Typography.Text>
        </Space>
      ),
    },
    { title: '所在地', key: 'division', width: 110, render: (_, r) => r.division?.name ?? '—' },
    { title: '登记联系电话', dataIndex: 'contactPhone', key: 'contactPhone', width: 130 },
    {
      title: '状态',
      key: 'status',
      width: 200,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLORS[r.status]} data-testid="reset-status">
            {PASSWORD_RESET_STATUS_LABELS[r.status]}
          </Tag>
          {r.decidedAt ? (
            <Typography.Text type="secondary">
              {r.decidedByName} · {dateTime(r.decidedAt)}
            </Typography.Text>
          ) : null}
          {r.rejectReason ? <Typography.Text type="secondary">理由：{r.rejectReason}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 150,
      render: (_, r) =>
        r.status === 'PENDING' ? (
          <Space size={0}>
            <Popconfirm
              title={`同意重置 ${r.username} 的密码？`}
              description="请先拨打单位登记的联系电话核实本人申请。同意后将生成一次性密码，请电话告知申请人。"
              okText="同意"
              cancelText="取消"
              onConfirm={async () => {
                try {
                  const { data } = await approve({ variables: { input: { id: r.id, expectedVersion: r.version } } });
                  setSecret({ username: r.username, password: data!.approvePasswordReset.oneTimePassword });
                  message.success(`已同意 ${r.username} 的重置密码申请`);
                } catch (e) {
                  message.error(errorMessage(e));
                }
              }}
            >
              <Button type="link" size="small">
                同意
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => reject.show(r)}>
              驳回
            </Button>
          </Space>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageContainer title="密码重置申请">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="服务机构和企业用户在登录页“忘记密码”提交的申请。请电话核实后处理；同意后的一次性密码只显示一次，申请人登录后须立即修改。"
      />
      <FilterForm<Filter> name="resetFilter" values={view.filter} onApply={(v) => view.setFilter({ status: v.status })}>
        <Form.Item name="status" label="状态">
          <Select allowClear placeholder="全部" style={{ width: 140 }} options={optionsOf(PASSWORD_RESET_STATUS_LABELS)} />
        </Form.Item>
      </FilterForm>
      <CursorTable<ResetRow>
        list={list}
        columns={columns}
        scroll={{ x: 1160 }}
        emptyText="暂无重置密码申请"
        data-testid="password-resets-table"
      />
      <RejectResetModal key={reject.key} row={reject.value} open={reject.open} onClose={reject.hide} />
      <OneTimePasswordModal value={secret} onClose={() => setSecret(null)} />
    </PageContainer>
  );
}
