import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../app/components/CursorPager';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCursorPagination } from '../../app/pagination';
import { ChangeReportsQuery } from '../../graphql/changes';
import type { ChangeReportFieldsFragment } from '../../graphql/generated/graphql';
import { ChangeReportModal } from './components/ChangeReportModal';
import { ChangeFieldsTable, EvidenceLinks, CHANGE_STATUS_COLORS, CHANGE_STATUS_LABELS, CHANGE_TYPE } from '../../components';

/** One report with everything the bureau sees: fields, description, evidence, verification. */
export function ChangeReportDetails({ r }: { r: ChangeReportFieldsFragment }) {
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { key: 'fields', label: '变化事项', span: 2, children: <ChangeFieldsTable fields={r.fields} /> },
        { key: 'desc', label: '变化情况说明', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.description}</span> },
        { key: 'evidence', label: '证明材料', span: 2, children: <EvidenceLinks files={r.evidence} /> },
        ...(r.verifiedAt
          ? [
              { key: 'by', label: '核实部门', children: r.verifiedByName ?? '—' },
              { key: 'at', label: '核实时间', children: r.verifiedAt.slice(0, 10) },
              { key: 'note', label: '核实意见', span: 2, children: r.verificationNote ?? '—' },
            ]
          : []),
      ]}
    />
  );
}

export const changeColumns: TableColumnsType<ChangeReportFieldsFragment> = [
  { title: '变化类型', dataIndex: 'type', key: 'type', width: 110, render: (t: ChangeReportFieldsFragment['type']) => CHANGE_TYPE[t] },
  { title: '变化日期', dataIndex: 'changeDate', key: 'changeDate', width: 110 },
  {
    title: '应报告截止',
    key: 'due',
    width: 150,
    render: (_, r) => (
      <>
        {r.dueDate}
        {r.late ? (
          <Tag color="warning" style={{ marginInlineStart: 6 }}>
            逾期
          </Tag>
        ) : null}
      </>
    ),
  },
  { title: '报告日期', dataIndex: 'submittedOn', key: 'submittedOn', width: 110 },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    width: 150,
    render: (s: ChangeReportFieldsFragment['status']) => (
      <Tag color={CHANGE_STATUS_COLORS[s]} data-testid="change-status">
        {CHANGE_STATUS_LABELS[s]}
      </Tag>
    ),
  },
];

/** 重大变化报告: the institution's reports and their verification; a new one in a dialog. */
export function ChangeReportsPage() {
  const pagination = useCursorPagination();
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(ChangeReportsQuery, {
    variables: { first: pagination.first, after: pagination.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.changeReports;
  return (
    <PageContainer
      title="重大变化报告"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="change-new">
          报告重大变化
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        本机构发生更名、合并、重组、迁移等与入库条件有关的重大变化，应在变化后3个月内报告；市级主管部门核实仍符合入库条件的，变化事项更新到登记信息，原信息保留在动态记录中。
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<ChangeReportFieldsFragment>
        rowKey="id"
        size="middle"
        columns={changeColumns}
        dataSource={error ? [] : (connection?.edges.map((e) => e.node) ?? [])}
        loading={loading}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <ChangeReportDetails r={r} /> }}
        locale={{ emptyText: '尚未报告重大变化' }}
        data-testid="change-reports-table"
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <ChangeReportModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
