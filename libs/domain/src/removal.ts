/**
 * Removal from the registry (移出, Art. 10–12, SPEC §4.4): why, who decides how, and the 2-year re-entry ban.
 */
import { FieldViolation } from './errors';
import { IsoDate, compareIsoDate, isIsoDate } from './calendar';
import { reentryBanUntil } from './reporting';
import { defineStateMachine } from './state-machine';

export const REMOVAL_REASONS = [
  'MISSED_REPORTS',
  'NO_LONGER_ELIGIBLE',
  'EVALUATION_FAILED',
  'CREDIT_BLACKLIST',
  'TAX_VIOLATION',
  'LEGAL_REP_DISHONEST',
  'DATA_FRAUD',
  'VOLUNTARY',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export interface RemovalReasonRule {
  label: string;
  article: string;
  /** Decided by PROVINCE at a meeting (date and minute reference), Art. 10–12 first paragraph. */
  needsMeeting: boolean;
  /** Art. 12 second paragraph: removed directly and barred from re-entry for 2 years. */
  bansReentry: boolean;
  /** Who opens such a case: the escalation job, a city verification, the annual evaluation, or PROVINCE. */
  openedBy: 'SYSTEM' | 'CITY' | 'EVALUATION' | 'PROVINCE';
}

export const REMOVAL_REASON_RULES: Readonly<Record<RemovalReason, RemovalReasonRule>> = {
  MISSED_REPORTS: { label: '连续3个周期未按规定填报', article: '第十条', needsMeeting: true, bansReentry: false, openedBy: 'SYSTEM' },
  NO_LONGER_ELIGIBLE: {
    label: '发生重大变化后不再符合入库条件',
    article: '第十一条',
    needsMeeting: true,
    bansReentry: false,
    openedBy: 'CITY',
  },
  EVALUATION_FAILED: { label: '年度评价不合格', article: '第十二条第一款', needsMeeting: true, bansReentry: false, openedBy: 'EVALUATION' },
  CREDIT_BLACKLIST: {
    label: '被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单',
    article: '第十二条第二款',
    needsMeeting: false,
    bansReentry: true,
    openedBy: 'PROVINCE',
  },
  TAX_VIOLATION: {
    label: '发生偷税漏税等违法违规行为',
    article: '第十二条第二款',
    needsMeeting: false,
    bansReentry: true,
    openedBy: 'PROVINCE',
  },
  LEGAL_REP_DISHONEST: {
    label: '法人存在失信、违法记录',
    article: '第十二条第二款',
    needsMeeting: false,
    bansReentry: true,
    openedBy: 'PROVINCE',
  },
  DATA_FRAUD: {
    label: '存在数据造假、夸大成效等情形',
    article: '第十二条第二款',
    needsMeeting: false,
    bansReentry: true,
    openedBy: 'PROVINCE',
  },
  VOLUNTARY: { label: '机构主动申请退出', article: '—', needsMeeting: false, bansReentry: false, openedBy: 'PROVINCE' },
};

export const REMOVAL_REASON_LABELS: Readonly<Record<RemovalReason, string>> = Object.fromEntries(
  REMOVAL_REASONS.map((r) => [r, REMOVAL_REASON_RULES[r].label]),
) as Record<RemovalReason, string>;

export function isRemovalReason(value: unknown): value is RemovalReason {
  return typeof value === 'string' && (REMOVAL_REASONS as readonly string[]).includes(value);
}

/** Reasons PROVINCE may open a case for by hand (the others come from the job, a city verification or the evaluation). */
export function removalReasonsOpenableByProvince(): RemovalReason[] {
  return REMOVAL_REASONS.filter((r) => REMOVAL_REASON_RULES[r].openedBy === 'PROVINCE' || r === 'NO_LONGER_ELIGIBLE');
}

/** The last day of the ban a removal for this reason carries (inclusive), or null (Art. 12: at least 2 years). */
export function removalBanUntil(reason: RemovalReason, removalDate: IsoDate): IsoDate | null {
  return REMOVAL_REASON_RULES[reason].bansReentry ? reentryBanUntil(removalDate) : null;
}

export const REMOVAL_CASE_STATUSES = ['PENDING', 'DECIDED', 'REMOVED', 'WITHDRAWN'] as const;
export type RemovalCaseStatus = (typeof REMOVAL_CASE_STATUSES)[number];

export const REMOVAL_CASE_STATUS_LABELS: Readonly<Record<RemovalCaseStatus, string>> = {
  PENDING: '待决定',
  DECIDED: '已决定移出（待生效）',
  REMOVED: '已移出',
  WITHDRAWN: '已撤销',
};

/** PENDING → DECIDED → (on the effective date) REMOVED; PENDING → WITHDRAWN before a decision. */
export const removalCaseMachine = defineStateMachine({
  subject: '该移出案件',
  code: 'REMOVAL_CASE_INVALID_STATE',
  states: REMOVAL_CASE_STATUS_LABELS,
  events: { DECIDE: '作出移出决定', TAKE_EFFECT: '生效', WITHDRAW: '撤销' },
  transitions: {
    DECIDE: {
      from: ['PENDING'],
      to: 'DECIDED',
      refusals: {
        DECIDED: '该移出案件已作出决定，不能重复决定',
        REMOVED: '该机构已被移出，不能重复决定',
        WITHDRAWN: '该移出案件已撤销，不能再作出决定',
      },
    },
    TAKE_EFFECT: { from: ['DECIDED'], to: 'REMOVED' },
    WITHDRAW: {
      from: ['PENDING'],
      to: 'WITHDRAWN',
      refusals: {
        DECIDED: '该移出案件已作出决定，不能再撤销',
        REMOVED: '该机构已被移出，不能再撤销',
        WITHDRAWN: '该移出案件已撤销',
      },
    },
  },
});
export type RemovalCaseEvent = keyof typeof removalCaseMachine.def.events;

/** Whether a case keeps the institution's one open slot (one open case per institution at a time). */
export function isRemovalCaseOpen(status: RemovalCaseStatus): boolean {
  return status === 'PENDING' || status === 'DECIDED';
}

export interface RemovalDecisionInput {
  meetingDate?: string | null;
  meetingMinuteRef?: string | null;
  effectiveDate: string;
}

/**
 * A decision's checks: meeting reasons need the meeting's date (on or before today, not before the case was opened)
 * and its minute reference; the effective date is today or later and not before the meeting.
 */
export function removalDecisionViolations(
  reason: RemovalReason,
  input: RemovalDecisionInput,
  today: IsoDate,
  openedOn: IsoDate,
): FieldViolation[] {
  const out: FieldViolation[] = [];
  const meeting = input.meetingDate?.trim() || null;
  if (REMOVAL_REASON_RULES[reason].needsMeeting) {
    if (!meeting) out.push({ field: 'meetingDate', code: 'MEETING_REQUIRED', message: '该类移出须经会议研究，请填写会议日期' });
    else if (!isIsoDate(meeting)) out.push({ field: 'meetingDate', code: 'INVALID_DATE', message: '会议日期不存在' });
    else if (compareIsoDate(meeting, today) > 0)
      out.push({ field: 'meetingDate', code: 'DATE_IN_FUTURE', message: '会议日期不能晚于今天' });
    else if (compareIsoDate(meeting, openedOn) < 0)
      out.push({ field: 'meetingDate', code: 'BEFORE_CASE', message: `会议日期不能早于案件发起日期（${openedOn}）` });
    if (!input.meetingMinuteRef?.trim()) {
      out.push({ field: 'meetingMinuteRef', code: 'MINUTE_REQUIRED', message: '请填写会议纪要文号' });
    }
  }
  if (!isIsoDate(input.effectiveDate)) {
    out.push({ field: 'effectiveDate', code: 'INVALID_DATE', message: '生效日期不存在' });
  } else if (compareIsoDate(input.effectiveDate, today) < 0) {
    out.push({ field: 'effectiveDate', code: 'DATE_IN_PAST', message: '生效日期不能早于今天' });
  } else if (meeting && isIsoDate(meeting) && compareIsoDate(input.effectiveDate, meeting) < 0) {
    out.push({ field: 'effectiveDate', code: 'BEFORE_MEETING', message: '生效日期不能早于会议日期' });
  }
  return out;
}

/** The removal takes effect on its effective date (Beijing date): from that day the institution leaves the registry. */
export function isRemovalEffective(effectiveDate: IsoDate, today: IsoDate): boolean {
  return compareIsoDate(effectiveDate, today) <= 0;
}

/** Art. 12 / E9: whether a ban still runs today (the end date itself is still banned). */
export function isBanActive(banUntil: IsoDate | null, today: IsoDate): boolean {
  return banUntil !== null && compareIsoDate(banUntil, today) >= 0;
}
