import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, ExportButton, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { useDialog } from '../../app/dialog';
import { dateTime } from '../../app/format';
import { ACCOUNT_STATUS_COLORS, ACCOUNT_STATUS_LABELS, optionsOf, ROLE_LABELS } from '../../app/labels';
import {
  ManagedAccountsQuery,
  ResetAccountPasswordMutation,
  SetAccountActiveMutation,
  UnlockAccountMutation,
} from '../../graphql/accounts';
import type { AccountFilter, AccountSortField, AccountStatus, ManagedAccountsQuery as Result, Role } from '../../graphql/generated/graphql';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { CreateAccountModal } from './components/CreateAccountModal';
import { AccountRowActions, OneTimePasswordModal, type OneTimePassword } from '../../components';

const SORT_FIELDS: readonly AccountSortField[] = ['ID', 'USERNAME', 'DISPLAY_NAME', 'ROLE', 'DIVISION'];

type Row = Result['managedAccounts']['edges'][number]['node'];
interface Values {
  text?: string;
  role?: Role;
  status?: AccountStatus;
}

/** 用户管理: bureau and analyst accounts — create, disable/enable, reset password, unlock, export the filtered list. */
export function UsersPage() {
  const user = useCurrentUser();
  // Filters, sort, page size and page in the URL (ADR 0020): a reload or a shared link shows the same page.
  const view = useListUrlState<AccountFilter, AccountSortField>({ sortFields: SORT_FIELDS, pageSize: 20 });
  const [secret, setSecret] = useState<OneTimePassword | null>(null);
  const create = useDialog<true>();
  const list = useConnectionQuery(ManagedAccountsQuery, {
    variables: { filter: view.filter },
    state: view,
    select: (d) => d.managedAccounts,
    fetchPolicy: 'cache-and-network',
  });
  const [setActive] = useMutation(SetAccountActiveMutation);
  const [reset] = useMutation(ResetAccountPasswordMutation);
  const [unlock] = useMutation(UnlockAccountMutation);
  const roles: Role[] = user.role === 'PROVINCE' ? ['PROVINCE', 'CITY', 'COUNTY', 'ANALYST'] : ['CITY', 'COUNTY'];

  const columns: TableColumnsType<Row> = [
    { title: '用户名', dataIndex: 'username', key: 'USERNAME', sorter: true, width: 140 },
    { title: '单位或姓名', dataIndex: 'displayName', key: 'DISPLAY_NAME', sorter: true, width: 220 },
    { title: '角色', dataIndex: 'role', key: 'ROLE', sorter: true, width: 130, render: (v: Role) => ROLE_LABELS[v] },
    { title: '所属区划', key: 'DIVISION', sorter: true, width: 130, render: (_, r) => r.division?.name ?? '—' },
    {
      title: '状态',
      key: 'status',
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={ACCOUNT_STATUS_COLORS[r.status]} data-testid="account-status">
            {ACCOUNT_STATUS_LABELS[r.status]}
          </Tag>
          {r.mustChangePassword ? <Tag>待修改初始密码</Tag> : null}
        </Space>
      ),
    },
    { title: '最近登录', dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 150, render: (v: string | null) => dateTime(v) },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 230,
      render: (_, r) => {
        const input = { id: r.id, expectedVersion: r.version };
        return (
          <AccountRowActions
            username={r.username}
            status={r.status}
            resetPassword={async () => (await reset({ variables: { input } })).data!.resetAccountPassword.oneTimePassword}
            setActive={(active) => setActive({ variables: { input, active } })}
            unlock={() => unlock({ variables: { input } })}
            canDisable={r.username !== user.username}
            onOneTimePassword={setSecret}
          />
        );
      },
    },
  ];

  return (
    <PageContainer
      title="用户管理"
      extra={
        <Space>
          <ExportButton url={`/api/exports/accounts.xlsx?${listQueryString(view.filter, view.sort)}`} fallbackName="用户账号.xlsx" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => create.show(true)}>
            新增账号
          </Button>
        </Space>
      }
    >
      <FilterForm<Values>
        name="accountFilter"
        typed={['text']}
        values={view.filter as Values}
        onApply={(v) => view.setFilter({ text: v.text?.trim() || undefined, role: v.role, status: v.status })}
      >
        <Form.Item name="text" label="关键词">
          <Input allowClear placeholder="用户名或单位名称" style={{ width: 200 }} maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label="角色">
          <Select allowClear placeholder="全部" style={{ width: 150 }} options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select allowClear placeholder="全部" style={{ width: 120 }} options={optionsOf(ACCOUNT_STATUS_LABELS)} />
        </Form.Item>
      </FilterForm>
      <CursorTable<Row> list={list} columns={columns} scroll={{ x: 1170 }} data-testid="accounts-table" />
      <CreateAccountModal
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
