import { Col, Row, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CursorTable, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, ROLE_LABELS, labelOf } from '../../app/labels';
import { AuditLogsQuery } from '../../graphql/audit';
import type { AuditLogFilter, AuditLogsQuery as AuditLogsResult } from '../../graphql/generated/graphql';
import { AuditFilters } from './components/AuditFilters';

type Row = AuditLogsResult['auditLogs']['edges'][number]['node'];

const WARNING_ACTIONS = new Set(['LOGIN_FAILED', 'ACCOUNT_LOCKED', 'LOGIN_LOCKED']);

function pretty(json: string | null): string {
  if (!json) return '（无）';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

export function AuditLogsPage() {
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const list = useConnectionQuery(AuditLogsQuery, {
    variables: { filter },
    select: (d) => d.auditLogs,
    pageSize: 20,
    fetchPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 180,
      render: (v: string) => <span data-testid="cell-time">{dayjs(v).format('YYYY-MM-DD HH:mm:ss')}</span>,
    },
    {
      title: '操作人',
      dataIndex: 'actorUsername',
      key: 'actor',
      width: 130,
      render: (v: string | null) => <span data-testid="cell-actor">{v ?? '—'}</span>,
    },
    { title: '角色', dataIndex: 'actorRole', key: 'role', width: 130, render: (v: string | null) => labelOf(ROLE_LABELS, v) },
    {
      title: '操作',
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (v: string) => (
        <Tag color={WARNING_ACTIONS.has(v) ? 'orange' : 'blue'} data-testid="cell-action">
          {labelOf(AUDIT_ACTION_LABELS, v)}
        </Tag>
      ),
    },
    { title: '对象', dataIndex: 'entityType', key: 'entityType', width: 120, render: (v: string) => labelOf(AUDIT_ENTITY_LABELS, v) },
    { title: '对象ID', dataIndex: 'entityId', key: 'entityId', width: 120, render: (v: string | null) => v ?? '—' },
    { title: 'IP', dataIndex: 'ip', key: 'ip', render: (v: string | null) => <span className="mono">{v ?? '—'}</span> },
  ];

  return (
    <PageContainer title="审计日志">
      <AuditFilters
        onChange={(f) => {
          setFilter(f);
          list.pagination.reset();
        }}
      />
      <CursorTable<Row>
        list={list}
        columns={columns}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (r) => !!(r.before || r.after),
          expandedRowRender: (r) => (
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Typography.Text strong>变更前</Typography.Text>
                <pre className="json-block">{pretty(r.before)}</pre>
              </Col>
              <Col xs={24} lg={12}>
                <Typography.Text strong>变更后</Typography.Text>
                <pre className="json-block">{pretty(r.after)}</pre>
              </Col>
            </Row>
          ),
        }}
        data-testid="audit-table"
      />
    </PageContainer>
  );
}
