import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { BookingFieldsFragment } from '../graphql/generated/graphql';

type Deadline = Pick<
  BookingFieldsFragment,
  'status' | 'responseDeadline' | 'remainingWorkingDays' | 'overdue' | 'deadlineProvisional' | 'respondedInTime'
>;

const PROVISIONAL_HINT = '截止日涉及尚未发布节假日安排的年份，暂按周一至周五计算；安排发布后系统自动重新计算。';

/**
 * The response deadline and, while the booking waits, the working days left and whether it is overdue (both from
 * the API, which knows today's date in Beijing and the holiday calendar): red on the last day or the one before, 已逾期 once past, 暂定 while the calendar is missing.
 */
export function DeadlineCell({ booking: b }: { booking: Deadline }) {
  // The server decides with its clock and holiday calendar (libs/domain isBookingOverdue), not the browser's clock.
  const overdue = b.overdue;
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
