import { Descriptions, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ChangeReportFieldsFragment } from '../graphql/generated/graphql';
import { ChangeFieldsTable } from './ChangeFieldsTable';
import { CHANGE_STATUS_COLORS, CHANGE_STATUS_LABELS, CHANGE_TYPE } from './dynamic-labels';
import { EvidenceLinks } from './EvidenceLinks';

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
