import { reviewQueueMembers } from '@hebei/domain';
import { ReviewQueue } from './application.inputs';

/**
 * SQL for a review tab, derived from the domain's queue rule (status × skipsCounty), so the tab, its count and the
 * badge on an application can never disagree. Booleans as 0/1 literals: portable across SQLite and MySQL.
 */
export function queueCondition(alias: string, queue: ReviewQueue): string {
  const members = reviewQueueMembers(queue).map(
    (m) => `(${alias}.status = '${m.status}' AND ${alias}.skipsCounty = ${m.skipsCounty ? 1 : 0})`,
  );
  return members.length ? `(${members.join(' OR ')})` : '1 = 0';
}
