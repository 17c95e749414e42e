import { describe, expect, it } from '@jest/globals';
import { bookingMachine, isBookingOverdue, ratingRefusal, remainingWorkingDays, respondedInTime } from './booking';
import { HolidayCalendar } from './calendar';
import { officialCalendar2025to2026 } from './__fixtures__/official-holidays';

const cal = officialCalendar2025to2026();
const N2026 = '国办发明电〔2025〕7号';

describe('remainingWorkingDays (Art. 13(2), SPEC §5: the request day never counts)', () => {
  it.each([
    ['2026-11-27', '2026-12-04', 5, 'Friday request: Mon–Fri of the next week'],
    ['2026-12-03', '2026-12-04', 1, 'the day before the deadline'],
    ['2026-12-04', '2026-12-04', 0, 'the deadline day itself'],
    ['2026-12-07', '2026-12-04', 0, 'after the deadline'],
    ['2026-09-30', '2026-10-13', 5, `National Day 10-01..10-07, make-up Saturday 10-10 (${N2026})`],
    ['2026-02-13', '2026-02-27', 5, `Spring Festival 02-15..02-23 off, make-up Saturday 02-14 counts (${N2026})`],
  ])('today %s, deadline %s → %i (%s)', (today, deadline, n) => {
    expect(remainingWorkingDays(cal, today, deadline)).toBe(n);
  });

  it('counts Mon–Fri in a year without a loaded schedule (provisional, SPEC §2)', () => {
    const only2026 = new HolidayCalendar([2026], []);
    // 2026-12-31 Thu → 2027-01-04 Mon .. 01-07 Thu: Dec 31 excluded (today), Jan 1 (Fri) counts as a plain weekday.
    expect(remainingWorkingDays(only2026, '2026-12-30', '2027-01-05')).toBe(4);
  });
});

describe('isBookingOverdue (Art. 13(2): 5 working days to answer)', () => {
  it.each([
    ['REQUESTED', '2026-12-04', false, '2026-12-04', false, 'deadline day: still in time'],
    ['REQUESTED', '2026-12-04', false, '2026-12-05', true, 'the day after, not yet flagged by the job'],
    ['ACCEPTED', '2026-12-04', false, '2026-12-09', false, 'answered: never overdue afterwards unless flagged'],
    ['ACCEPTED', '2026-12-04', true, '2026-12-09', true, 'answered late: stays flagged'],
  ] as const)('%s deadline %s flagged=%s today %s → %s (%s)', (status, responseDeadline, overdue, today, expected, _note) => {
    expect(isBookingOverdue({ status, responseDeadline, overdue }, today)).toBe(expected);
  });
});

describe('respondedInTime', () => {
  it.each([
    [null, '2026-12-04', null],
    ['2026-12-04', '2026-12-04', true],
    ['2026-12-05', '2026-12-04', false],
  ])('answered %s, deadline %s → %s', (respondedOn, deadline, expected) => {
    expect(respondedInTime(respondedOn, deadline)).toBe(expected);
  });
});

describe('ratingRefusal (a completed booking is rated once)', () => {
  it.each([
    ['COMPLETED', null, null],
    ['COMPLETED', 4, 'ALREADY_RATED'],
    ['ACCEPTED', null, 'NOT_COMPLETED'],
    ['REQUESTED', null, 'NOT_COMPLETED'],
  ] as const)('%s rating=%s → %s', (status, rating, expected) => {
    expect(ratingRefusal(status, rating)).toBe(expected);
  });
});

describe('bookingMachine CANCEL (Art. 13(2), issue #12: the enterprise withdraws its request until the institution answers)', () => {
  it.each([
    ['REQUESTED', true, 'not answered yet'],
    ['ACCEPTED', false, 'answered: accepted'],
    ['DECLINED', false, 'answered: declined'],
    ['COMPLETED', false, 'served'],
    ['CLOSED', false, 'closed when the institution left the registry (Art. 12)'],
    ['CANCELLED', false, 'already cancelled'],
  ] as const)('%s → can cancel: %s (%s)', (status, allowed, _note) => {
    expect(bookingMachine.can(status, 'CANCEL')).toBe(allowed);
    if (allowed) expect(bookingMachine.next(status, 'CANCEL')).toBe('CANCELLED');
    else expect(() => bookingMachine.next(status, 'CANCEL')).toThrow(expect.objectContaining({ code: 'BOOKING_INVALID_STATE' }));
  });

  it('explains an accepted booking in Chinese', () => {
    expect(() => bookingMachine.next('ACCEPTED', 'CANCEL')).toThrow('服务机构已接受该预约，不能再取消');
  });
});
