import { Button, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CursorTable, ExportButton, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { useDialog } from '../../app/dialog';
import { useDivisionOptions } from '../../app/divisions';
import { ACCOUNT_STATUS_COLORS, ACCOUNT_STATUS_LABELS, ROLE_LABELS } from '../../app/labels';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { BureausQuery } from '../../graphql/bureaus';
import type { BureauFilter, BureausQuery as Result, DivisionLevel } from '../../graphql/generated/graphql';
import { ContactModal } from './components/ContactModal';

export type BureauRow = Result['bureaus']['edges'][number]['node'];
interface Values {
  cityCode?: string;
  level?: DivisionLevel;
  text?: string;
  hasAccounts?: boolean;
}
const LEVEL_LABELS: Partial<Record<DivisionLevel, string>> = { CITY: '市级', COUNTY: '县级' };

/** 主管部门名录 (issue #12 item 1): every bureau of the jurisdiction, city by city, with its accounts and contact. */
export function DirectoryPage() {
  const user = useCurrentUser();
  const view = useListUrlState<BureauFilter>({ pageSize: 20 });
  const edit = useDialog<BureauRow>();
  const { options } = useDivisionOptions(user);
  const list = useConnectionQuery(BureausQuery, { variables: { filter: view.filter }, state: view, select: (d) => d.bureaus });

  const columns: TableColumnsType<BureauRow> = [
    { title: '所属市', key: 'city', width: 110, render: (_, r) => r.city.name },
    {
      title: '主管部门（区划）',
      key: 'name',
      width: 200,
      render: (_, r) => (
        <Space size={4}>
          <Typography.Text strong={r.level === 'CITY'} data-testid="bureau-name">
            {r.fullName}
          </Typography.Text>
          <Tag>{LEVEL_LABELS[r.level]}</Tag>
        </Space>
      ),
    },
    {
      title: '账号',
      key: 'accounts',
      width: 300,
      render: (_, r) =>
        r.accountCount ? (
          <Space size={[4, 4]} wrap data-testid="bureau-accounts">
            <span>{r.accountCount} 个：</span>
            {r.accounts.map((a) => (
              <Tooltip key={a.id} title={`${a.displayName} · ${ROLE_LABELS[a.role]}`}>
                <Tag color={ACCOUNT_STATUS_COLORS[a.status]}>
                  {a.username}（{ACCOUNT_STATUS_LABELS[a.status]}）
                </Tag>
              </Tooltip>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary" data-testid="bureau-accounts">
            尚无账号
          </Typography.Text>
        ),
    },
    {
      title: '联系人',
      key: 'person',
      width: 100,
      render: (_, r) => <span data-testid="contact-person">{r.contact?.contactPerson ?? '—'}</span>,
    },
    {
      title: '联系电话',
      key: 'phone',
      width: 130,
      render: (_, r) => <span data-testid="contact-phone">{r.contact?.contactPhone ?? '—'}</span>,
    },
    { title: '地址', key: 'address', render: (_, r) => r.contact?.address ?? '—' },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 110,
      render: (_, r) =>
        r.canEditContact ? (
          <Button type="link" size="small" onClick={() => edit.show(r)}>
            编辑联系方式
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title="主管部门名录"
      extra={<ExportButton url={`/api/exports/bureaus.xlsx?${listQueryString(view.filter)}`} fallbackName="主管部门名录.xlsx" />}
    >
      <FilterForm<Values>
        name="bureauFilter"
        typed={['text']}
        values={view.filter as Values}
        onApply={(v) =>
          view.setFilter({ cityCode: v.cityCode, level: v.level, text: v.text?.trim() || undefined, hasAccounts: v.hasAccounts })
        }
      >
        {user.role === 'PROVINCE' ? (
          <Form.Item name="cityCode" label="所属市">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="全部"
              style={{ width: 150 }}
              options={options.map((o) => ({ value: o.value, label: o.label }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="level" label="层级">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 100 }}
            options={[
              { value: 'CITY', label: '市级' },
              { value: 'COUNTY', label: '县级' },
            ]}
          />
        </Form.Item>
        <Form.Item name="text" label="名称">
          <Input allowClear placeholder="如 平泉" style={{ width: 160 }} maxLength={20} />
        </Form.Item>
        <Form.Item name="hasAccounts" label="账号">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 110 }}
            options={[
              { value: true, label: '已有账号' },
              { value: false, label: '尚无账号' },
            ]}
          />
        </Form.Item>
      </FilterForm>
      <CursorTable<BureauRow> list={list} columns={columns} scroll={{ x: 1200 }} data-testid="bureaus-table" />
      <ContactModal key={edit.key} bureau={edit.value} open={edit.open} onClose={edit.hide} />
    </PageContainer>
  );
}
