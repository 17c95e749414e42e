import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { BookingFieldsFragment } from '../graphql/generated/graphql';

type Deadline = Pick<
  BookingFieldsFragment,
  'status' | 'responseDeadline' | 'responseDeadlineAt' | 'remainingWorkingDays' | 'overdue' | 'deadlineProvisional' | 'respondedInTime'
>;

const PROVISIONAL_HINT = '截止日涉及尚未发布节假日安排的年份，暂按周一至周五计算；安排发布后系统自动重新计算。';

/** Still waiting past the deadline day, whether or not the nightly job has flagged it yet. */
export function isOverdue(b: Deadline, now = Date.now()): boolean {
  return b.overdue || (b.status === 'REQUESTED' && now > new Date(b.responseDeadlineAt).getTime());
}

/**
 * The response deadline and, while the booking waits, the working days left (from the API, which knows the
 * holiday calendar): red on the last day or the one before, 已逾期 once past, 暂定 while the calendar is missing.
 */
export function DeadlineCell({ booking: b }: { booking: Deadline }) {
  const overdue = isOverdue(b);
  let state: React.ReactNode = null;
  if (b.status === 'REQUESTED') {
    const left = b.remainingWorkingDays ?? 0;
    if (overdue)
      state = (
        <Tag color="error" data-testid="deadline-overdue">
          已逾期
        </Tag>
      );
    else if (left === 0)
      state = (
        <Typography.Text type="danger" strong data-testid="deadline-countdown">
          今日截止
        </Typography.Text>
      );
    else {
      state = (
        <Typography.Text type={left <= 1 ? 'danger' : undefined} strong={left <= 1} data-testid="deadline-countdown">
          剩余 {left} 个工作日
        </Typography.Text>
      );
    }
  } else if (b.respondedInTime === true) {
    state = <Typography.Text type="success">按时响应</Typography.Text>;
  } else if (b.respondedInTime === false || overdue) {
    state = <Tag color="warning">逾期响应</Tag>;
  }
  return (
    <Flex vertical align="flex-start" gap={2} data-testid="deadline-cell">
      <span>
        <Tooltip title={`${b.responseDeadline} 24时前响应为按时`}>
          <span>{b.responseDeadline}</span>
        </Tooltip>
        {b.deadlineProvisional ? (
          <Tooltip title={PROVISIONAL_HINT}>
            <Tag color="warning" style={{ marginInlineStart: 6 }} data-testid="deadline-provisional">
              暂定
            </Tag>
          </Tooltip>
        ) : null}
      </span>
      {state}
    </Flex>
  );
}
