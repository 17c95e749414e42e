import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { auditFieldChanges, type AuditFieldChange } from '@hebei/domain';
import { Link } from 'react-router';
import { dateTimeSeconds } from '../../app/format';
import { CursorTable, ExportButton, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, ROLE_LABELS, labelOf } from '../../app/labels';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { AuditLogsQuery } from '../../graphql/audit';
import type { AuditLogFilter, AuditLogSortField, AuditLogsQuery as AuditLogsResult } from '../../graphql/generated/graphql';
import { AuditFilters } from './components/AuditFilters';

type Row = AuditLogsResult['auditLogs']['edges'][number]['node'];

const WARNING_ACTIONS = new Set(['LOGIN_FAILED', 'ACCOUNT_LOCKED', 'LOGIN_LOCKED']);
const SORT_FIELDS: readonly AuditLogSortField[] = ['TIME', 'ACTION', 'ENTITY_TYPE', 'ACTOR'];

/** Where an audited object is shown in the app (by its name where the list filters by text). */
function objectLink(r: Row): string | null {
  if (!r.entityId) return null;
  if (r.entityType === 'Application') return `/applications/${r.entityId}`;
  if (r.entityType === 'Institution' && r.entityName) return `/institutions?f.text=${encodeURIComponent(r.entityName)}`;
  return null;
}

const CHANGE_COLUMNS: TableColumnsType<AuditFieldChange> = [
  { title: '字段', dataIndex: 'label', key: 'label', width: 220 },
  {
    title: '变更前',
    dataIndex: 'before',
    key: 'before',
    render: (v: string) => v || <Typography.Text type="secondary">（空）</Typography.Text>,
  },
  {
    title: '变更后',
    dataIndex: 'after',
    key: 'after',
    render: (v: string, c) => (
      <Typography.Text strong={c.changed} type={c.changed ? undefined : 'secondary'}>
        {v || '（空）'}
      </Typography.Text>
    ),
  },
];

export function AuditLogsPage() {
  const view = useListUrlState<AuditLogFilter, AuditLogSortField>({ sortFields: SORT_FIELDS, pageSize: 20 });
  const list = useConnectionQuery(AuditLogsQuery, {
    variables: { filter: view.filter },
    state: view,
    select: (d) => d.auditLogs,
    fetchPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '时间',
      dataIndex: 'createdAt',
      key: 'TIME',
      sorter: true,
      width: 180,
      render: (v: string) => <span data-testid="cell-time">{dateTimeSeconds(v)}</span>,
    },
    {
      title: '操作人',
      key: 'ACTOR',
      sorter: true,
      width: 200,
      render: (_, r) => (
        <span data-testid="cell-actor">{r.actorName ? `${r.actorName}（${r.actorUsername}）` : (r.actorUsername ?? '—')}</span>
      ),
    },
    { title: '角色', dataIndex: 'actorRole', key: 'role', width: 130, render: (v: string | null) => labelOf(ROLE_LABELS, v) },
    {
      title: '操作',
      dataIndex: 'action',
      key: 'ACTION',
      sorter: true,
      width: 170,
      render: (v: string) => (
        <Tag color={WARNING_ACTIONS.has(v) ? 'orange' : 'blue'} data-testid="cell-action">
          {labelOf(AUDIT_ACTION_LABELS, v)}
        </Tag>
      ),
    },
    {
      title: '对象',
      key: 'ENTITY_TYPE',
      sorter: true,
      width: 260,
      render: (_, r) => {
        const link = objectLink(r);
        const name = r.entityName ?? (r.entityId ? `#${r.entityId}` : '');
        return (
          <span data-testid="cell-entity">
            {labelOf(AUDIT_ENTITY_LABELS, r.entityType)}
            {name ? ' · ' : ''}
            {link ? <Link to={link}>{name}</Link> : name}
          </span>
        );
      },
    },
    { title: 'IP', dataIndex: 'ip', key: 'ip', render: (v: string | null) => <span className="mono">{v ?? '—'}</span> },
  ];

  return (
    <PageContainer
      title="审计日志"
      extra={<ExportButton url={`/api/exports/audit-logs.xlsx?${listQueryString(view.filter, view.sort)}`} fallbackName="审计日志.xlsx" />}
    >
      <AuditFilters value={view.filter} onChange={view.setFilter} />
      <CursorTable<Row>
        list={list}
        columns={columns}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (r) => !!(r.before || r.after),
          expandedRowRender: (r) => (
            <Table<AuditFieldChange>
              size="small"
              rowKey="field"
              pagination={false}
              columns={CHANGE_COLUMNS}
              dataSource={auditFieldChanges(r.before, r.after)}
              data-testid="audit-changes"
            />
          ),
        }}
        data-testid="audit-table"
      />
    </PageContainer>
  );
}
