/**
 * Public notice (Art. 8(4)): the province's approved list is published for 5 working days; anyone may object
 * during it; without an upheld objection the application is admitted once the period has ended.
 * The period's last day comes from `publicNoticeEnd` (calendar.ts); these rules compare it with today.
 */
import { addDays, compareIsoDate, IsoDate } from './calendar';
import { defineStateMachine } from './state-machine';

/** The notice runs through the end of its last day. */
export function isNoticeRunning(endsOn: IsoDate, today: IsoDate): boolean {
  return compareIsoDate(today, endsOn) <= 0;
}

/** From the day after the last day on, applications without objections are admitted. */
export function hasNoticeEnded(endsOn: IsoDate, today: IsoDate): boolean {
  return !isNoticeRunning(endsOn, today);
}

/** 公示无异议的，直接纳入: the admission date is the day after the period. */
export function admissionDateAfterNotice(endsOn: IsoDate): IsoDate {
  return addDays(endsOn, 1);
}

export const OBJECTION_STATUS_LABELS = { PENDING: '待处理', UPHELD: '成立', DISMISSED: '不成立' } as const;
export type ObjectionStatus = keyof typeof OBJECTION_STATUS_LABELS;

/** An objection is resolved once, either way. */
export const objectionMachine = defineStateMachine({
  subject: '该异议',
  code: 'ALREADY_RESOLVED',
  states: { PENDING: '待处理', UPHELD: '已处理（成立）', DISMISSED: '已处理（不成立）' },
  events: { UPHOLD: '认定成立', DISMISS: '认定不成立' },
  transitions: {
    UPHOLD: { from: ['PENDING'], to: 'UPHELD', refusals: { UPHELD: '该异议已处理', DISMISSED: '该异议已处理' } },
    DISMISS: { from: ['PENDING'], to: 'DISMISSED', refusals: { UPHELD: '该异议已处理', DISMISSED: '该异议已处理' } },
  },
});
