import type { RoleName } from './roles';

/**
 * What waits for whom: the queues each role's 工作台 counts as 待办 (and the menu badges show). A role counts only its
 * own queues; every count is within the caller's jurisdiction.
 */
export const WORK_QUEUES = [
  /** 重大变化报告 the city bureau verifies (Art. 11). */
  'changeReportsToVerify',
  /** 移出案件 the province decides at a meeting (Art. 12). */
  'removalCasesPending',
  /** The institution's quarterly report of the current period, not yet submitted (Art. 10). */
  'currentReportDue',
  /** 忘记密码 requests an officer of the requester's place approves (SPEC §2; no e-mail server assumed). */
  'passwordResetsPending',
  /** Objections raised during the 公示, which the province resolves (Art. 8). */
  'objectionsPending',
  /** Bookings past their answer deadline and still unanswered, which the bureaus monitor (Art. 13(2)). */
  'overdueBookingsOpen',
] as const;
export type WorkQueue = (typeof WORK_QUEUES)[number];

const BY_ROLE: Readonly<Record<RoleName, readonly WorkQueue[]>> = {
  PROVINCE: ['removalCasesPending', 'passwordResetsPending', 'objectionsPending', 'overdueBookingsOpen'],
  CITY: ['changeReportsToVerify', 'passwordResetsPending', 'overdueBookingsOpen'],
  COUNTY: ['passwordResetsPending', 'overdueBookingsOpen'],
  INSTITUTION: ['currentReportDue'],
  ENTERPRISE: [],
  ANALYST: [],
};

/** The queues the role works through (the others it never sees, so they are not counted for it). */
export function workQueuesOf(role: RoleName): readonly WorkQueue[] {
  return BY_ROLE[role];
}
