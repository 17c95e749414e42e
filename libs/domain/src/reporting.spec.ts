import { describe, expect, it } from '@jest/globals';
import {
  BOOKING_RESPONSE_WORKING_DAYS,
  MAJOR_CHANGE_REPORT_MONTHS,
  MAX_MAIN_CATEGORIES,
  PUBLIC_NOTICE_WORKING_DAYS,
  MISSED_PERIODS_FOR_NOTICE,
  MISSED_PERIODS_FOR_REMOVAL,
  REENTRY_BAN_YEARS,
  changeReportDueDate,
  closedReportDeadlines,
  consecutiveMissedPeriods,
  currentReportDeadline,
  escalationOf,
  firstReportDeadline,
  isChangeReportLate,
  isMissedStatus,
  isReportDeadline,
  missedPeriodsSince,
  nextReportDeadline,
  previousReportDeadline,
  reentryBanUntil,
  reportDeadlinesBetween,
  reportPeriodStart,
  reportPeriodStatus,
  reportRefusal,
} from './reporting';

describe('guideline constants', () => {
  it.each([
    ['Art. 13(2) 5个工作日内处理预约', BOOKING_RESPONSE_WORKING_DAYS, 5],
    ['Art. 8(4) 公示五个工作日', PUBLIC_NOTICE_WORKING_DAYS, 5],
    ['Art. 6(3) / Attachment 4 每家机构最多选择两项', MAX_MAIN_CATEGORIES, 2],
    ['Art. 12 至少2年内不得再次入库', REENTRY_BAN_YEARS, 2],
    ['Art. 11 发生变化后的3个月内', MAJOR_CHANGE_REPORT_MONTHS, 3],
    ['Art. 10 连续2个周期未按规定填报的，将给予通报', MISSED_PERIODS_FOR_NOTICE, 2],
    ['Art. 10 连续3个周期未按规定填报的，将移出服务资源库', MISSED_PERIODS_FOR_REMOVAL, 3],
  ])('%s = %i', (_article, value, expected) => {
    expect(value).toBe(expected);
  });
});

describe('reentryBanUntil (Art. 12)', () => {
  it.each([
    ['2025-03-10', '2027-03-10', 'ordinary date'],
    ['2025-12-31', '2027-12-31', 'year end'],
    ['2024-02-29', '2026-02-28', 'leap day → Feb 28 (民法典第二百零二条)'],
    ['2026-02-28', '2028-02-28', 'Feb 28 stays Feb 28 in a leap year'],
  ])('removed %s → banned through %s (%s)', (removal, until) => {
    expect(reentryBanUntil(removal)).toBe(until);
  });
});

describe('isReportDeadline / nextReportDeadline / previousReportDeadline (Art. 10: 3月15日、6月15日、9月15日、12月15日)', () => {
  it.each([
    ['2026-03-15', true],
    ['2026-06-15', true],
    ['2026-09-15', true],
    ['2026-12-15', true],
    ['2026-03-14', false],
    ['2026-04-15', false],
    ['2026-02-30', false],
    ['not-a-date', false],
  ])('%s is a deadline: %s', (date, expected) => {
    expect(isReportDeadline(date)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-03-15'],
    ['2026-03-15', '2026-06-15'],
    ['2026-12-15', '2027-03-15'],
    ['2026-12-16', '2027-03-15'],
  ])('next after %s → %s', (date, next) => {
    expect(nextReportDeadline(date)).toBe(next);
  });

  it.each([
    ['2026-03-15', '2025-12-15'],
    ['2026-06-15', '2026-03-15'],
    ['2026-12-15', '2026-09-15'],
  ])('previous of %s → %s', (deadline, previous) => {
    expect(previousReportDeadline(deadline)).toBe(previous);
  });
});

describe("closedReportDeadlines (the monitor's columns: the last n deadlines before today, oldest first)", () => {
  it.each([
    ['2026-11-27', 4, ['2025-12-15', '2026-03-15', '2026-06-15', '2026-09-15'], 'demo day'],
    ['2026-09-15', 2, ['2026-03-15', '2026-06-15'], 'on a deadline: its period is still open'],
    ['2026-09-16', 2, ['2026-06-15', '2026-09-15'], 'the day after a deadline: it is closed'],
    ['2026-01-10', 1, ['2025-12-15'], 'across the year'],
    ['2026-01-10', 0, [], 'none asked'],
  ])('%s, %i → %j (%s)', (today, n, deadlines) => {
    expect(closedReportDeadlines(today, n)).toEqual(deadlines);
  });
});

describe('firstReportDeadline (Art. 10 自审核通过之日起: the first deadline strictly after admission)', () => {
  it.each([
    ['2026-03-10', '2026-03-15', 'SPEC §4.1 example'],
    ['2026-03-15', '2026-06-15', 'admitted on a deadline → the next one (SPEC §4.1)'],
    ['2026-03-16', '2026-06-15', 'the day after a deadline'],
    ['2025-07-18', '2025-09-15', 'demo institution'],
    ['2025-12-15', '2026-03-15', 'Dec 15 → Mar 15 of the next year'],
    ['2025-12-31', '2026-03-15', 'year end'],
    ['2024-02-29', '2024-03-15', 'leap day'],
  ])('admitted %s → first deadline %s (%s)', (admittedOn, deadline) => {
    expect(firstReportDeadline(admittedOn)).toBe(deadline);
  });
});

describe('reportDeadlinesBetween (Art. 10: every deadline d with after < d ≤ through)', () => {
  it.each([
    ['2025-07-18', '2026-11-27', ['2025-09-15', '2025-12-15', '2026-03-15', '2026-06-15', '2026-09-15']],
    ['2026-03-15', '2026-06-15', ['2026-06-15']],
    ['2026-03-14', '2026-03-15', ['2026-03-15']],
    ['2026-03-15', '2026-03-15', []],
    ['2026-06-16', '2026-09-14', []],
    ['2026-12-01', '2026-01-01', []],
    [
      '2024-12-15',
      '2026-12-15',
      ['2025-03-15', '2025-06-15', '2025-09-15', '2025-12-15', '2026-03-15', '2026-06-15', '2026-09-15', '2026-12-15'],
    ],
  ])('(%s, %s] → %j', (after, through, expected) => {
    expect(reportDeadlinesBetween(after, through)).toEqual(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => reportDeadlinesBetween('2026-02-30', '2026-12-31')).toThrow('不是有效日期');
  });
});

describe('currentReportDeadline and reportPeriodStart (SPEC §4.1: the period covers the days after the previous deadline, or from admission)', () => {
  it.each([
    ['2026-11-27', '2026-12-15'],
    ['2026-12-15', '2026-12-15'],
    ['2026-12-16', '2027-03-15'],
  ])('today %s → current deadline %s', (today, deadline) => {
    expect(currentReportDeadline(today)).toBe(deadline);
  });

  it.each([
    ['2026-12-15', '2025-07-18', '2026-09-16', 'a later period starts the day after the previous deadline'],
    ['2025-09-15', '2025-07-18', '2025-07-18', 'the first period starts on the admission date'],
    ['2026-03-15', '2026-03-10', '2026-03-10', 'admitted five days before the deadline'],
  ])('deadline %s, admitted %s → starts %s (%s)', (deadline, admittedOn, start) => {
    expect(reportPeriodStart(deadline, admittedOn)).toBe(start);
  });
});

describe('reportPeriodStatus (Art. 10 未按规定填报: late counts as missed; a period is open through its deadline day)', () => {
  it.each([
    ['2026-09-15', '2026-09-15', '2026-11-27', 'ON_TIME', 'submitted on the 15th (Beijing date) is on time'],
    ['2026-09-15', '2026-09-01', '2026-11-27', 'ON_TIME', 'early'],
    ['2026-09-15', '2026-09-16', '2026-11-27', 'LATE', 'the day after is late'],
    ['2026-09-15', null, '2026-09-15', 'OPEN', 'on the deadline day it is still open'],
    ['2026-09-15', null, '2026-09-16', 'MISSED', 'the day after, not submitted → missed'],
    ['2026-12-15', null, '2026-11-27', 'OPEN', 'current period'],
  ] as const)('deadline %s, submitted %s, today %s → %s (%s)', (deadline, submittedOn, today, status, _note) => {
    expect(reportPeriodStatus(deadline, submittedOn, today)).toBe(status);
  });

  it.each([
    ['OPEN', false],
    ['ON_TIME', false],
    ['LATE', true],
    ['MISSED', true],
  ] as const)('%s counts as missed: %s', (status, missed) => {
    expect(isMissedStatus(status)).toBe(missed);
  });
});

const P = (deadline: string, submittedOn: string | null) => ({ deadline, submittedOn });

describe('consecutiveMissedPeriods (Art. 10 连续2个周期未按规定填报 → 通报; 连续3个 → 移出)', () => {
  it.each([
    ['no periods', [], '2026-11-27', 0],
    ['all on time', [P('2026-03-15', '2026-03-10'), P('2026-06-15', '2026-06-15'), P('2026-09-15', '2026-09-01')], '2026-11-27', 0],
    ['the last one missed', [P('2026-06-15', '2026-06-15'), P('2026-09-15', null)], '2026-11-27', 1],
    ['two missed → 通报', [P('2026-03-15', '2026-03-01'), P('2026-06-15', null), P('2026-09-15', null)], '2026-11-27', 2],
    ['three missed → 移出', [P('2026-03-15', null), P('2026-06-15', null), P('2026-09-15', null)], '2026-11-27', 3],
    [
      'late counts as missed',
      [P('2026-03-15', '2026-03-01'), P('2026-06-15', '2026-06-16'), P('2026-09-15', '2026-10-01')],
      '2026-11-27',
      2,
    ],
    ['an on-time report ends the run', [P('2026-03-15', null), P('2026-06-15', '2026-06-15'), P('2026-09-15', null)], '2026-11-27', 1],
    ['the open period does not count', [P('2026-09-15', null), P('2026-12-15', null)], '2026-12-15', 1],
    ['…and counts from the day after its deadline', [P('2026-09-15', null), P('2026-12-15', null)], '2026-12-16', 2],
    [
      'an early report of the open period does not end the closed run',
      [P('2026-06-15', null), P('2026-09-15', null), P('2026-12-15', '2026-11-20')],
      '2026-11-27',
      2,
    ],
    ['order does not matter', [P('2026-09-15', null), P('2026-03-15', '2026-03-01'), P('2026-06-15', null)], '2026-11-27', 2],
  ])('%s → %i', (_name, periods, asOf, run) => {
    expect(consecutiveMissedPeriods(periods, asOf)).toBe(run);
  });
});

describe('missedPeriodsSince agrees with consecutiveMissedPeriods (Art. 10, the set-based form the escalation job uses)', () => {
  it.each([
    ['2025-07-18', null, '2026-11-27', ['2025-09-15', '2025-12-15', '2026-03-15', '2026-06-15', '2026-09-15']],
    ['2025-07-18', '2026-03-15', '2026-11-27', ['2026-06-15', '2026-09-15']],
    ['2026-11-20', null, '2026-11-27', []],
    ['2026-03-15', null, '2026-06-16', ['2026-06-15']],
    ['2026-03-15', '2026-06-15', '2026-06-16', []],
  ])('admitted %s, last on time %s, as of %s → %j', (admittedOn, lastOnTime, asOf, missed) => {
    expect(missedPeriodsSince(admittedOn, lastOnTime, asOf)).toEqual(missed);
    const all = reportDeadlinesBetween(admittedOn, asOf).map((d) => P(d, lastOnTime && d <= lastOnTime && d === lastOnTime ? d : null));
    expect(consecutiveMissedPeriods(all, asOf)).toBe(missed.length);
  });
});

describe('escalationOf (Art. 10)', () => {
  it.each([
    [0, 'NONE'],
    [1, 'NONE'],
    [MISSED_PERIODS_FOR_NOTICE, 'NOTICE'],
    [MISSED_PERIODS_FOR_REMOVAL, 'REMOVAL'],
    [5, 'REMOVAL'],
  ])('%i consecutive misses → %s', (run, step) => {
    expect(escalationOf(run)).toBe(step);
  });
});

describe('reportRefusal (Art. 10: editable until its deadline; late stays late; no period before admission or not yet begun)', () => {
  it.each([
    ['2026-12-15', '2025-07-18', '2026-11-27', null, null, 'the current period'],
    ['2026-12-15', '2025-07-18', '2026-12-15', { submittedOn: '2026-12-01' }, null, 'edit a submitted report on its deadline day'],
    ['2026-09-15', '2025-07-18', '2026-11-27', null, null, 'a missed period may still be submitted late'],
    ['2026-09-15', '2025-07-18', '2026-11-27', { submittedOn: '2026-10-01' }, 'CLOSED', 'a late report cannot be submitted again'],
    ['2026-09-15', '2025-07-18', '2026-11-27', { submittedOn: '2026-09-10' }, 'CLOSED', 'an on-time report is frozen after its deadline'],
    ['2027-03-15', '2025-07-18', '2026-11-27', null, 'NOT_OPEN', 'the next period has not begun'],
    ['2025-06-15', '2025-07-18', '2026-11-27', null, 'BEFORE_ADMISSION', 'before admission there is no period'],
    ['2026-10-15', '2025-07-18', '2026-11-27', null, 'NOT_A_DEADLINE', 'not a deadline'],
  ] as const)('deadline %s (admitted %s, today %s, existing %j) → %s: %s', (deadline, admittedOn, today, existing, refusal, _note) => {
    expect(reportRefusal(deadline, admittedOn, today, existing)).toBe(refusal);
  });
});

describe('changeReportDueDate (Art. 11 发生变化后的3个月内; a month without the day ends on its last day)', () => {
  it.each([
    ['2026-01-31', '2026-04-30', 'SPEC §4.2 example'],
    ['2026-01-15', '2026-04-15', 'ordinary'],
    ['2025-11-30', '2026-02-28', 'into February'],
    ['2023-11-30', '2024-02-29', 'into a leap February'],
    ['2026-10-31', '2027-01-31', 'over the year end'],
    ['2026-12-31', '2027-03-31', 'Dec 31'],
  ])('changed %s → due %s (%s)', (changeDate, due) => {
    expect(changeReportDueDate(changeDate)).toBe(due);
  });

  it.each([
    ['2026-01-31', '2026-04-30', false],
    ['2026-01-31', '2026-05-01', true],
  ])('changed %s, submitted %s → late %s', (changeDate, submittedOn, late) => {
    expect(isChangeReportLate(changeDate, submittedOn)).toBe(late);
  });
});
