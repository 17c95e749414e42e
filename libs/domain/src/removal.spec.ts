import { describe, expect, it } from '@jest/globals';
import { DomainError } from './errors';
import {
  isBanActive,
  isRemovalCaseOpen,
  isRemovalEffective,
  REMOVAL_REASON_RULES,
  REMOVAL_REASONS,
  removalBanUntil,
  removalCaseMachine,
  removalDecisionViolations,
  removalReasonsOpenableByProvince,
} from './removal';

describe('removal reasons (SPEC §4.4: Art. 10–12 first paragraph at a meeting; Art. 12 second paragraph directly, with the ban)', () => {
  it.each([
    ['MISSED_REPORTS', '第十条', true, false],
    ['NO_LONGER_ELIGIBLE', '第十一条', true, false],
    ['EVALUATION_FAILED', '第十二条第一款', true, false],
    ['CREDIT_BLACKLIST', '第十二条第二款', false, true],
    ['TAX_VIOLATION', '第十二条第二款', false, true],
    ['LEGAL_REP_DISHONEST', '第十二条第二款', false, true],
    ['DATA_FRAUD', '第十二条第二款', false, true],
    ['VOLUNTARY', '—', false, false],
  ] as const)('%s (%s): meeting %s, 2-year ban %s', (reason, article, meeting, ban) => {
    expect(REMOVAL_REASON_RULES[reason]).toMatchObject({ article, needsMeeting: meeting, bansReentry: ban });
  });

  it('every reason has a rule and a Chinese label', () => {
    for (const r of REMOVAL_REASONS) expect(REMOVAL_REASON_RULES[r].label).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('PROVINCE opens cases for the direct reasons, voluntary exit and ineligibility; the job and the evaluation open the others', () => {
    expect(removalReasonsOpenableByProvince()).toEqual([
      'NO_LONGER_ELIGIBLE',
      'CREDIT_BLACKLIST',
      'TAX_VIOLATION',
      'LEGAL_REP_DISHONEST',
      'DATA_FRAUD',
      'VOLUNTARY',
    ]);
  });
});

describe('removalBanUntil (Art. 12 至少2年内不得再次入库, from the removal date)', () => {
  it.each([
    ['DATA_FRAUD', '2024-02-29', '2026-02-28', 'SPEC §4.4 example'],
    ['CREDIT_BLACKLIST', '2026-11-27', '2028-11-27', 'credit blacklist'],
    ['TAX_VIOLATION', '2026-01-01', '2028-01-01', 'tax'],
    ['LEGAL_REP_DISHONEST', '2026-06-30', '2028-06-30', 'legal representative'],
    ['MISSED_REPORTS', '2026-11-27', null, 'no ban for missed reports'],
    ['NO_LONGER_ELIGIBLE', '2026-11-27', null, 'no ban when no longer eligible'],
    ['EVALUATION_FAILED', '2026-11-27', null, 'no ban for a failed evaluation'],
    ['VOLUNTARY', '2026-11-27', null, 'no ban for a voluntary exit'],
  ] as const)('%s removed %s → banned through %s (%s)', (reason, removed, until, _note) => {
    expect(removalBanUntil(reason, removed)).toBe(until);
  });

  it.each([
    ['2026-02-28', '2026-02-28', true, 'the end date itself is still banned'],
    ['2026-02-28', '2026-03-01', false, 'the day after it has ended'],
    [null, '2026-03-01', false, 'no ban'],
  ] as const)('ban until %s on %s → active %s (%s)', (until, today, active, _note) => {
    expect(isBanActive(until, today)).toBe(active);
  });
});

describe('removalCaseMachine (SPEC §4.4: decided by PROVINCE, withdrawn before the decision, effective on its date)', () => {
  it.each([
    ['PENDING', 'DECIDE', 'DECIDED'],
    ['PENDING', 'WITHDRAW', 'WITHDRAWN'],
    ['DECIDED', 'TAKE_EFFECT', 'REMOVED'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(removalCaseMachine.next(from, event)).toBe(to);
  });

  it.each([
    ['DECIDED', 'DECIDE', '该移出案件已作出决定，不能重复决定'],
    ['WITHDRAWN', 'DECIDE', '该移出案件已撤销，不能再作出决定'],
    ['REMOVED', 'DECIDE', '该机构已被移出，不能重复决定'],
    ['DECIDED', 'WITHDRAW', '该移出案件已作出决定，不能再撤销'],
    ['WITHDRAWN', 'WITHDRAW', '该移出案件已撤销'],
    ['PENDING', 'TAKE_EFFECT', '该移出案件待决定，不能再生效'],
  ] as const)('%s refuses %s: %s', (from, event, message) => {
    expect(() => removalCaseMachine.next(from, event)).toThrow(message);
    try {
      removalCaseMachine.next(from, event);
    } catch (e) {
      expect((e as DomainError).code).toBe('REMOVAL_CASE_INVALID_STATE');
    }
  });

  it.each([
    ['PENDING', true],
    ['DECIDED', true],
    ['REMOVED', false],
    ['WITHDRAWN', false],
  ] as const)('%s holds the one open case per institution: %s', (status, open) => {
    expect(isRemovalCaseOpen(status)).toBe(open);
  });
});

describe('removalDecisionViolations (Art. 10–12 经会议研究: meeting date and minutes; effective date)', () => {
  const today = '2026-11-27';
  const opened = '2026-09-16';
  it.each([
    ['MISSED_REPORTS', { meetingDate: '2026-11-20', meetingMinuteRef: '冀工信会〔2026〕12号', effectiveDate: today }, []],
    [
      'MISSED_REPORTS',
      { meetingDate: null, meetingMinuteRef: null, effectiveDate: today },
      ['meetingDate:MEETING_REQUIRED', 'meetingMinuteRef:MINUTE_REQUIRED'],
    ],
    ['MISSED_REPORTS', { meetingDate: '2026-11-28', meetingMinuteRef: 'x', effectiveDate: '2026-11-28' }, ['meetingDate:DATE_IN_FUTURE']],
    ['MISSED_REPORTS', { meetingDate: '2026-09-01', meetingMinuteRef: 'x', effectiveDate: today }, ['meetingDate:BEFORE_CASE']],
    ['MISSED_REPORTS', { meetingDate: '2026-02-30', meetingMinuteRef: 'x', effectiveDate: today }, ['meetingDate:INVALID_DATE']],
    ['DATA_FRAUD', { effectiveDate: today }, []],
    ['DATA_FRAUD', { effectiveDate: '2026-12-31' }, []],
    ['DATA_FRAUD', { effectiveDate: '2026-11-26' }, ['effectiveDate:DATE_IN_PAST']],
    ['VOLUNTARY', { effectiveDate: '2026-13-01' }, ['effectiveDate:INVALID_DATE']],
  ] as const)('%s %j → %j', (reason, input, expected) => {
    expect(removalDecisionViolations(reason, input, today, opened).map((v) => `${v.field}:${v.code}`)).toEqual(expected);
  });

  it.each([
    ['2026-11-27', '2026-11-27', true],
    ['2026-11-26', '2026-11-27', true],
    ['2026-11-28', '2026-11-27', false],
  ])('effective %s, today %s → in effect %s', (effective, today, inEffect) => {
    expect(isRemovalEffective(effective, today)).toBe(inEffect);
  });
});
