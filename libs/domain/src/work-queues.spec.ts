import { describe, expect, it } from '@jest/globals';
import { ROLES, type RoleName } from './roles';
import { type WorkQueue, WORK_QUEUES, workQueuesOf } from './work-queues';

describe('workQueuesOf: whose 待办 each queue is', () => {
  it.each<[WorkQueue, string, RoleName[]]>([
    ['changeReportsToVerify', 'Art. 11: the city verifies major change reports', ['CITY']],
    ['removalCasesPending', 'Art. 12: the province decides removals', ['PROVINCE']],
    ['currentReportDue', 'Art. 10: the institution reports each quarter', ['INSTITUTION']],
    ['passwordResetsPending', 'an officer of the requester’s place approves a reset', ['PROVINCE', 'CITY', 'COUNTY']],
    ['objectionsPending', 'Art. 8: the province resolves objections to the 公示', ['PROVINCE']],
    ['overdueBookingsOpen', 'Art. 13(2): the bureaus monitor unanswered bookings', ['PROVINCE', 'CITY', 'COUNTY']],
  ])('%s (%s) is counted for %j only', (queue, _why, roles) => {
    expect(ROLES.filter((r) => workQueuesOf(r).includes(queue))).toEqual(roles);
  });

  it('enterprises and analysts have no 待办', () => {
    expect(workQueuesOf('ENTERPRISE')).toEqual([]);
    expect(workQueuesOf('ANALYST')).toEqual([]);
  });

  it('every queue belongs to some role', () => {
    for (const q of WORK_QUEUES) expect(ROLES.some((r) => workQueuesOf(r).includes(q))).toBe(true);
  });
});
