import './dynamic.css';
import { Tag, Tooltip } from 'antd';
import type { ReportPeriodStatus } from '../graphql/generated/graphql';
import { PERIOD_STATUS_COLORS, PERIOD_STATUS_LABELS } from './dynamic-labels';

/** A period's status; misses (未填报, 逾期补报) are red/orange. Null: admitted after the deadline, nothing was due. */
export function PeriodStatusTag({ status, submittedOn }: { status: ReportPeriodStatus | null; submittedOn?: string | null }) {
  if (!status) return <span className="period-not-due">—</span>;
  const tag = (
    <Tag color={PERIOD_STATUS_COLORS[status]} variant="filled" data-testid="period-status" data-status={status}>
      {PERIOD_STATUS_LABELS[status]}
    </Tag>
  );
  return submittedOn ? <Tooltip title={`提交日期 ${submittedOn}`}>{tag}</Tooltip> : tag;
}
