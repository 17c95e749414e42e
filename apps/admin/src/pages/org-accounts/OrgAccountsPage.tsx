import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { useDialog } from '../../app/dialog';
import { dateTime } from '../../app/format';
import { ACCOUNT_STATUS_COLORS, ACCOUNT_STATUS_LABELS } from '../../app/labels';
import type { OrgAccountsQuery as Result } from '../../graphql/generated/graphql';
import { OrgAccountsQuery, ResetOrgAccountPasswordMutation, SetOrgAccountActiveMutation } from '../../graphql/org-accounts';
import { AccountRowActions, OneTimePasswordModal, type OneTimePassword } from '../../components';
import { CreateColleagueModal } from './components/CreateColleagueModal';

type Row = Result['orgAccounts']['edges'][number]['node'];

/** 本单位账号 (issue #12 item 1): the organisation's admin adds colleagues, disables/enables them, resets their passwords. */
export function OrgAccountsPage() {
  const user = useCurrentUser();
  const [secret, setSecret] = useState<OneTimePassword | null>(null);
  const create = useDialog<true>();
  const list = useConnectionQuery(OrgAccountsQuery, { select: (d) => d.orgAccounts, fetchPolicy: 'cache-and-network', pageSize: 20 });
  const [setActive] = useMutation(SetOrgAccountActiveMutation);
  const [reset] = useMutation(ResetOrgAccountPasswordMutation);

  const columns: TableColumnsType<Row> = [
    { title: '用户名', dataIndex: 'username', key: 'username', width: 160 },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName', width: 200 },
    {
      title: '身份',
      key: 'orgAdmin',
      width: 120,
      render: (_, r) => (r.orgAdmin ? <Tag color="gold">本单位管理员</Tag> : <Tag>普通用户</Tag>),
    },
    {
      title: '状态',
      key: 'status',
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={ACCOUNT_STATUS_COLORS[r.status]} data-testid="org-account-status">
            {ACCOUNT_STATUS_LABELS[r.status]}
          </Tag>
          {r.mustChangePassword ? <Tag>待修改初始密码</Tag> : null}
        </Space>
      ),
    },
    { title: '最近登录', dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 150, render: (v: string | null) => dateTime(v) },
    { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (v: string) => dateTime(v) },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 170,
      render: (_, r) => {
        if (r.username === user.username) return <span style={{ color: '#8c8c8c' }}>本人（请用“修改密码”）</span>;
        const input = { id: r.id, expectedVersion: r.version };
        return (
          <AccountRowActions
            username={r.username}
            status={r.status}
            resetPassword={async () => (await reset({ variables: { input } })).data!.resetOrgAccountPassword.oneTimePassword}
            setActive={(active) => setActive({ variables: { input, active } })}
            onOneTimePassword={setSecret}
          />
        );
      },
    },
  ];

  return (
    <PageContainer
      title="本单位账号"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => create.show(true)}>
          添加同事账号
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${user.displayName}的账号：同事与您使用同一角色、查看同一单位的数据。新账号以一次性密码首次登录，须立即修改密码。`}
      />
      <CursorTable<Row> list={list} columns={columns} scroll={{ x: 1120 }} emptyText="暂无账号" data-testid="org-accounts-table" />
      <CreateColleagueModal
        key={create.key}
        open={create.open}
        onClose={create.hide}
        onCreated={(username, password) => {
          create.hide();
          setSecret({ username, password });
        }}
      />
      <OneTimePasswordModal value={secret} onClose={() => setSecret(null)} />
    </PageContainer>
  );
}
