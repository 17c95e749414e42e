import { Space, Tag, Tooltip, Typography } from 'antd';
import { JOB_RUN_STATUS_COLORS, JOB_RUN_STATUS_LABELS, JOB_TRIGGER_LABELS } from '../../../app/labels';
import type { JobRunFieldsFragment } from '../../../graphql/generated/graphql';
import { time } from '../format';

/** Status tag; a failure's reason on hover. */
export function RunStatusTag({ run }: { run: Pick<JobRunFieldsFragment, 'status' | 'errorMessage'> }) {
  const tag = (
    <Tag color={JOB_RUN_STATUS_COLORS[run.status]} data-testid="run-status">
      {JOB_RUN_STATUS_LABELS[run.status]}
    </Tag>
  );
  return run.errorMessage ? <Tooltip title={run.errorMessage}>{tag}</Tooltip> : tag;
}

export function RunSummary({ run }: { run: JobRunFieldsFragment | null }) {
  if (!run) return <Typography.Text type="secondary">尚未执行</Typography.Text>;
  return (
    <Space size={4} wrap data-testid="last-run">
      <span>{time(run.startedAt)}</span>
      <RunStatusTag run={run} />
      <Typography.Text type="secondary">
        {JOB_TRIGGER_LABELS[run.trigger]}
        {run.rowsTouched !== null ? ` · 处理 ${run.rowsTouched} 条` : ''}
      </Typography.Text>
    </Space>
  );
}
