/** Dynamic-management rules of the guideline (Art. 10–12); its constants live in guideline.ts. */
import { DomainError } from './errors';
import { IsoDate, addDays, addMonths, addYears, compareIsoDate, isIsoDate, isoDate, parseIsoDate } from './calendar';
import { MAJOR_CHANGE_REPORT_MONTHS, REENTRY_BAN_YEARS, REPORT_DEADLINE_DAYS } from './guideline';

export * from './guideline';

/**
 * Last day of the re-entry ban (inclusive): removal date + 2 years, Feb 29 → Feb 28
 * (民法典第二百零一、二百零二条: the period ends on the corresponding day).
 * Re-entry is possible from the following day.
 */
export function reentryBanUntil(removalDate: IsoDate): IsoDate {
  return addYears(removalDate, REENTRY_BAN_YEARS);
}

// --- Quarterly service reports (Art. 10, SPEC §4.1) -------------------------------------------------------------

function assertDate(date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new DomainError('INVALID_DATE', `${what}不是有效日期：${date}`, { date });
}

/** Whether a date is one of the four reporting deadlines (Mar 15, Jun 15, Sep 15, Dec 15). */
export function isReportDeadline(date: IsoDate): boolean {
  if (!isIsoDate(date)) return false;
  const [, m, d] = parseIsoDate(date);
  return REPORT_DEADLINE_DAYS.some(([dm, dd]) => dm === m && dd === d);
}

/** The first deadline strictly after `date` (a date that is itself a deadline leads to the next one). */
export function nextReportDeadline(date: IsoDate): IsoDate {
  assertDate(date, '日期');
  const [y] = parseIsoDate(date);
  for (const year of [y, y + 1]) {
    for (const [m, d] of REPORT_DEADLINE_DAYS) {
      const deadline = isoDate(year, m, d);
      if (compareIsoDate(deadline, date) > 0) return deadline;
    }
  }
  /* istanbul ignore next -- Dec 15 of the next year is always later */
  throw new DomainError('INVALID_DATE', `无法计算 ${date} 之后的填报截止日`, { date });
}

/** The deadline before a deadline (Mar 15 → Dec 15 of the year before). */
export function previousReportDeadline(deadline: IsoDate): IsoDate {
  assertDate(deadline, '截止日');
  const [y] = parseIsoDate(deadline);
  let previous: IsoDate | null = null;
  for (const year of [y - 1, y]) {
    for (const [m, d] of REPORT_DEADLINE_DAYS) {
      const candidate = isoDate(year, m, d);
      if (compareIsoDate(candidate, deadline) < 0) previous = candidate;
    }
  }
  return previous!;
}

/**
 * Art. 10 "自审核通过之日起": an institution's first deadline is the first one strictly after its admission date
 * (admitted 2026-03-10 → 2026-03-15; admitted 2026-03-15 → 2026-06-15).
 */
export function firstReportDeadline(admittedOn: IsoDate): IsoDate {
  return nextReportDeadline(admittedOn);
}

/** Every deadline d with after < d ≤ through, in order (empty when through ≤ after). */
export function reportDeadlinesBetween(after: IsoDate, through: IsoDate): IsoDate[] {
  assertDate(after, '起始日');
  assertDate(through, '截止日');
  const out: IsoDate[] = [];
  for (let d = nextReportDeadline(after); compareIsoDate(d, through) <= 0; d = nextReportDeadline(d)) out.push(d);
  return out;
}

/** The deadline whose period contains `today`: the first deadline on or after it (a period is open through its deadline day). */
export function currentReportDeadline(today: IsoDate): IsoDate {
  return isReportDeadline(today) ? today : nextReportDeadline(today);
}

/** The last `n` deadlines before `today` (closed periods: a period is open through its deadline day), oldest first. */
export function closedReportDeadlines(today: IsoDate, n: number): IsoDate[] {
  const out: IsoDate[] = [];
  let d = previousReportDeadline(currentReportDeadline(today));
  for (let i = 0; i < n; i++, d = previousReportDeadline(d)) out.unshift(d);
  return out;
}

/**
 * The first day a period covers: the day after the previous deadline, or the admission date for the first period
 * ("the report for deadline D covers the days after the previous deadline (or the admission date) up to D").
 */
export function reportPeriodStart(deadline: IsoDate, admittedOn: IsoDate): IsoDate {
  const afterPrevious = addDays(previousReportDeadline(deadline), 1);
  return compareIsoDate(admittedOn, afterPrevious) > 0 ? admittedOn : afterPrevious;
}

/** Closed periods only: a period stays open through its deadline day. */
export function isReportPeriodClosed(deadline: IsoDate, asOf: IsoDate): boolean {
  return compareIsoDate(deadline, asOf) < 0;
}

/** Submitted on or before the deadline day (Beijing date) is on time; later it is kept but the period counts as missed. */
export function isReportOnTime(deadline: IsoDate, submittedOn: IsoDate | null): boolean {
  return submittedOn !== null && compareIsoDate(submittedOn, deadline) <= 0;
}

export const REPORT_PERIOD_STATUSES = ['OPEN', 'ON_TIME', 'LATE', 'MISSED'] as const;
export type ReportPeriodStatus = (typeof REPORT_PERIOD_STATUSES)[number];

export const REPORT_PERIOD_STATUS_LABELS: Readonly<Record<ReportPeriodStatus, string>> = {
  OPEN: '待填报',
  ON_TIME: '按时填报',
  LATE: '逾期补报',
  MISSED: '未填报',
};

/** How a period stands: ON_TIME, LATE (submitted after the deadline: still a miss), MISSED, or OPEN while it runs. */
export function reportPeriodStatus(deadline: IsoDate, submittedOn: IsoDate | null, today: IsoDate): ReportPeriodStatus {
  if (submittedOn !== null) return isReportOnTime(deadline, submittedOn) ? 'ON_TIME' : 'LATE';
  return isReportPeriodClosed(deadline, today) ? 'MISSED' : 'OPEN';
}

/** Whether a status counts as "未按规定填报" for Art. 10 (late reports do). */
export function isMissedStatus(status: ReportPeriodStatus): boolean {
  return status === 'MISSED' || status === 'LATE';
}

/**
 * Art. 10 "连续…个周期未按规定填报": the trailing run of missed periods among those whose deadline is before `asOf`
 * (a period is open through its deadline day; submitted after the deadline counts as missed; an on-time report ends
 * the run). Periods may come in any order.
 */
export function consecutiveMissedPeriods(periods: { deadline: IsoDate; submittedOn: IsoDate | null }[], asOf: IsoDate): number {
  const closed = periods.filter((p) => isReportPeriodClosed(p.deadline, asOf)).sort((a, b) => compareIsoDate(a.deadline, b.deadline));
  let run = 0;
  for (let i = closed.length - 1; i >= 0 && !isReportOnTime(closed[i].deadline, closed[i].submittedOn); i--) run++;
  return run;
}

/**
 * The same run from two dates (what the set-based SQL keeps per institution): the closed deadlines after the later of
 * the admission date and the last on-time report's deadline.
 */
export function missedPeriodsSince(admittedOn: IsoDate, lastOnTimeDeadline: IsoDate | null, asOf: IsoDate): IsoDate[] {
  const base = lastOnTimeDeadline && compareIsoDate(lastOnTimeDeadline, admittedOn) > 0 ? lastOnTimeDeadline : admittedOn;
  return reportDeadlinesBetween(base, addDays(asOf, -1));
}

export type ReportRefusal = 'NOT_A_DEADLINE' | 'BEFORE_ADMISSION' | 'NOT_OPEN' | 'CLOSED';

/**
 * Whether an institution may write (save or submit) its report for `deadline` today:
 * NOT_A_DEADLINE / BEFORE_ADMISSION — no such period; NOT_OPEN — its period has not begun;
 * CLOSED — submitted and past its deadline (a report is editable until its deadline; a late one once, when submitted).
 */
export function reportRefusal(
  deadline: IsoDate,
  admittedOn: IsoDate,
  today: IsoDate,
  existing: { submittedOn: IsoDate | null } | null,
): ReportRefusal | null {
  if (!isReportDeadline(deadline)) return 'NOT_A_DEADLINE';
  if (compareIsoDate(deadline, firstReportDeadline(admittedOn)) < 0) return 'BEFORE_ADMISSION';
  if (compareIsoDate(reportPeriodStart(deadline, admittedOn), today) > 0) return 'NOT_OPEN';
  if (existing?.submittedOn && isReportPeriodClosed(deadline, today)) return 'CLOSED';
  return null;
}

/** The step of Art. 10 a run of misses has reached: a notice at 2, removal at 3. */
export function escalationOf(missedRun: number): 'NONE' | 'NOTICE' | 'REMOVAL' {
  if (missedRun >= 3) return 'REMOVAL';
  return missedRun >= 2 ? 'NOTICE' : 'NONE';
}

// --- Major change reports (Art. 11, SPEC §4.2) --------------------------------------------------------------------

/** Due within 3 calendar months of the change date, clamped to the month's last day (2026-01-31 → 2026-04-30). */
export function changeReportDueDate(changeDate: IsoDate): IsoDate {
  assertDate(changeDate, '变化日期');
  return addMonths(changeDate, MAJOR_CHANGE_REPORT_MONTHS);
}

/** A report after its due date is accepted and flagged late. */
export function isChangeReportLate(changeDate: IsoDate, submittedOn: IsoDate): boolean {
  return compareIsoDate(submittedOn, changeReportDueDate(changeDate)) > 0;
}
