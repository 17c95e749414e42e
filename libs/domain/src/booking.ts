/**
 * Service bookings (Art. 13(2)): an enterprise books a published product; the institution answers within
 * 5 working days counted from the day after the request (SPEC §4.5, §5).
 */
import { addDays, compareIsoDate, HolidayCalendar, IsoDate, isWeekend, yearOf } from './calendar';
import { defineStateMachine } from './state-machine';

export const BOOKING_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CLOSED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Readonly<Record<BookingStatus, string>> = {
  REQUESTED: '待答复',
  ACCEPTED: '已接受',
  DECLINED: '已拒绝',
  COMPLETED: '已完成',
  CLOSED: '已关闭',
  CANCELLED: '已取消',
};

export const bookingMachine = defineStateMachine({
  subject: '该预约',
  code: 'BOOKING_INVALID_STATE',
  states: BOOKING_STATUS_LABELS,
  events: { ACCEPT: '接受', DECLINE: '拒绝', COMPLETE: '标记完成', CLOSE: '关闭', CANCEL: '取消' },
  transitions: {
    ACCEPT: { from: ['REQUESTED'], to: 'ACCEPTED' },
    DECLINE: { from: ['REQUESTED'], to: 'DECLINED' },
    COMPLETE: { from: ['ACCEPTED'], to: 'COMPLETED', refusals: { REQUESTED: '该预约尚未接受，接受后才能标记完成' } },
    // The institution left the registry (Art. 12, SPEC §4.4): open bookings are closed, with a notice to the enterprise.
    CLOSE: { from: ['REQUESTED', 'ACCEPTED'], to: 'CLOSED' },
    // The enterprise may take its request back until the institution answers (issue #12); an answered booking stays.
    CANCEL: {
      from: ['REQUESTED'],
      to: 'CANCELLED',
      refusals: {
        ACCEPTED: '服务机构已接受该预约，不能再取消；如需变更请与服务机构联系',
        DECLINED: '服务机构已答复该预约，不能再取消',
        COMPLETED: '该预约已完成，不能再取消',
      },
    },
  },
});
export type BookingEvent = keyof typeof bookingMachine.def.events;

/** Waiting for an answer after its deadline day, whether or not the overdue job has flagged it yet. */
export function isBookingOverdue(b: { status: BookingStatus; responseDeadline: IsoDate; overdue: boolean }, today: IsoDate): boolean {
  return b.overdue || (b.status === 'REQUESTED' && compareIsoDate(today, b.responseDeadline) > 0);
}

/** An answer given on or before the deadline day is in time; null while unanswered. */
export function respondedInTime(respondedOn: IsoDate | null, responseDeadline: IsoDate): boolean | null {
  return respondedOn ? compareIsoDate(respondedOn, responseDeadline) <= 0 : null;
}

/**
 * Working days after `today` up to the deadline day (0 on the deadline day and after). A year without a loaded
 * schedule counts Mon–Fri, as its provisional deadline did (SPEC §2).
 */
export function remainingWorkingDays(cal: HolidayCalendar, today: IsoDate, deadline: IsoDate): number {
  let count = 0;
  for (let d = addDays(today, 1); compareIsoDate(d, deadline) <= 0; d = addDays(d, 1)) {
    if (cal.hasYear(yearOf(d)) ? cal.isWorkingDayUnchecked(d) : !isWeekend(d)) count++;
  }
  return count;
}

/** Ratings are whole points 1–5, once per completed booking. */
export const BOOKING_RATING_MIN = 1;
export const BOOKING_RATING_MAX = 5;

export type RatingRefusal = 'NOT_COMPLETED' | 'ALREADY_RATED';

export function ratingRefusal(status: BookingStatus, rating: number | null): RatingRefusal | null {
  if (rating !== null) return 'ALREADY_RATED';
  return status === 'COMPLETED' ? null : 'NOT_COMPLETED';
}
