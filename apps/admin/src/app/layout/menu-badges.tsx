import { useQuery } from '@apollo/client/react';
import { Badge, Flex } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../../graphql/generated/graphql';
import { WorkQueueCountsQuery } from '../../graphql/reports';
import type { MenuKey } from '../access';

/** Roles with queues (变化核实, 移出管理, 季度填报, 密码重置申请, 异议, 逾期预约); the others never ask. */
const WITH_QUEUES: Role[] = ['PROVINCE', 'CITY', 'COUNTY', 'INSTITUTION'];

/**
 * Menu labels with the count of work waiting behind them (issue #9): change reports to verify (city), removal cases to
 * decide (province), the current quarterly report not yet submitted (institution); 忘记密码 requests of the place,
 * pending objections (province, on 公示管理) (issue #12; overdue bookings are a card on the officers' 工作台). Refreshed every minute and after
 * every mutation that names `WorkQueueCounts` in its refetchQueries.
 */
export function useMenuBadges(role: Role): (key: MenuKey, label: string) => ReactNode {
  const { data } = useQuery(WorkQueueCountsQuery, { skip: !WITH_QUEUES.includes(role), pollInterval: 60_000 });
  const counts = data?.workQueueCounts;
  const waiting: Partial<Record<MenuKey, number>> = {
    'change-verification': counts?.changeReportsToVerify ?? 0,
    removals: counts?.removalCasesPending ?? 0,
    'service-reports': counts?.currentReportDue ? 1 : 0,
    'password-resets': counts?.passwordResetsPending ?? 0,
    notices: counts?.objectionsPending ?? 0,
  };
  return (key, label) => {
    const n = waiting[key];
    if (!n) return label;
    return (
      <Flex justify="space-between" align="center" gap={8}>
        <span>{label}</span>
        <Badge count={n} size="small" color="#d4380d" data-testid={`menu-badge-${key}`} />
      </Flex>
    );
  };
}
