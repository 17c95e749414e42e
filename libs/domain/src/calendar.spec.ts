import { describe, expect, it } from '@jest/globals';
import {
  HolidayCalendar,
  addDays,
  addWorkingDays,
  addMonths,
  addYears,
  bookingResponseDeadline,
  bookingResponseDeadlineWithFallback,
  compareIsoDate,
  dayOfWeek,
  endOfDayInShanghai,
  isIsoDate,
  isWorkingDay,
  isoDate,
  publicNoticeEnd,
  toIsoDateInShanghai,
  validateCalendarEntries,
  workingDaysBetween,
} from './calendar';
import { CalendarYearNotLoadedError, DomainError } from './errors';
import { officialCalendar2025to2026 } from './__fixtures__/official-holidays';

const cal = officialCalendar2025to2026();
const N2025 = '国办发明电〔2024〕12号';
const N2026 = '国办发明电〔2025〕7号';

describe('date helpers', () => {
  it.each([
    ['2025-01-01', 3, 'Wednesday'],
    ['2026-02-14', 6, 'Saturday'],
    ['2025-09-28', 0, 'Sunday'],
    ['1970-01-01', 4, 'epoch Thursday'],
    ['1969-12-31', 3, 'before the epoch'],
    ['2000-02-29', 2, 'leap day of a 400-year'],
  ])('dayOfWeek(%s) = %i (%s)', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-06-13', 0, '2025-06-13'],
    ['2025-01-01', 365, '2026-01-01'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28', '民法典第二百零二条: no Feb 29 → month end'],
    ['2024-02-29', 4, '2028-02-29', 'leap to leap'],
    ['2025-06-13', -2, '2023-06-13', 'ordinary day'],
    ['2023-03-10', 2, '2025-03-10', 'ordinary day'],
  ])('addYears(%s, %i) = %s (%s)', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 3, '2026-04-30', 'Art. 11 example: no Apr 31 → month end'],
    ['2026-11-30', 3, '2027-02-28', 'over the year end into February'],
    ['2026-05-15', -5, '2025-12-15', 'backwards'],
    ['2026-03-31', 1, '2026-04-30', 'one month'],
  ])('addMonths(%s, %i) = %s (%s)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    [2025, 6, 1, '2025-06-01'],
    [2024, 2, 29, '2024-02-29'],
    [800, 1, 2, '0800-01-02'],
  ])('isoDate(%i, %i, %i) = %s', (y, m, d, expected) => {
    expect(isoDate(y, m, d)).toBe(expected);
  });

  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 4, 31],
    [2025, 0, 10],
    [2025.5, 1, 1],
  ])('isoDate(%s, %s, %s) throws INVALID_DATE', (y, m, d) => {
    expect(() => isoDate(y, m, d)).toThrow(DomainError);
  });

  it.each([
    ['2025-06-13', true],
    ['2025-6-13', false],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-06-13T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it('rejects malformed dates in arithmetic', () => {
    expect(() => addDays('2025/06/13', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it.each([
    ['2025-06-13', '2025-06-14', -1],
    ['2025-06-14', '2025-06-13', 1],
    ['2025-06-13', '2025-06-13', 0],
    ['2025-12-31', '2026-01-01', -1],
  ])('compareIsoDate(%s, %s) = %i', (a, b, expected) => {
    expect(compareIsoDate(a, b)).toBe(expected);
  });

  it.each([
    ['2025-06-13T15:59:59.999Z', '2025-06-13', '23:59:59.999 Beijing time'],
    ['2025-06-13T16:00:00.000Z', '2025-06-14', 'midnight Beijing time is 16:00 UTC the day before'],
    ['2025-12-31T16:30:00.000Z', '2026-01-01', 'year boundary'],
    ['2025-06-13T00:00:00.000+08:00', '2025-06-13', 'explicit +08:00'],
  ])('toIsoDateInShanghai(%s) = %s (%s)', (instant, expected) => {
    expect(toIsoDateInShanghai(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2025-06-19', '2025-06-19T15:59:59.999Z'],
    ['2026-01-01', '2026-01-01T15:59:59.999Z'],
  ])('endOfDayInShanghai(%s) = %s', (date, expected) => {
    const end = endOfDayInShanghai(date);
    expect(end.toISOString()).toBe(expected);
    expect(toIsoDateInShanghai(end)).toBe(date);
    expect(toIsoDateInShanghai(new Date(end.getTime() + 1))).toBe(addDays(date, 1));
  });
});

describe('isWorkingDay (official schedules)', () => {
  it.each([
    ['2025-01-01', false, `${N2025} 元旦`],
    ['2025-01-26', true, `${N2025} 春节调休上班（周日）`],
    ['2025-01-27', true, `${N2025} 春节前普通周一`],
    ['2025-01-28', false, `${N2025} 春节（除夕）`],
    ['2025-02-04', false, `${N2025} 春节最后一天`],
    ['2025-02-08', true, `${N2025} 春节调休上班（周六）`],
    ['2025-04-04', false, `${N2025} 清明节（周五）`],
    ['2025-04-27', true, `${N2025} 劳动节调休上班（周日）`],
    ['2025-05-05', false, `${N2025} 劳动节（周一）`],
    ['2025-06-02', false, `${N2025} 端午节（周一）`],
    ['2025-06-14', false, 'ordinary Saturday'],
    ['2025-06-16', true, 'ordinary Monday'],
    ['2025-09-28', true, `${N2025} 国庆调休上班（周日）`],
    ['2025-10-06', false, `${N2025} 中秋节`],
    ['2025-10-08', false, `${N2025} 国庆节最后一天（周三）`],
    ['2025-10-11', true, `${N2025} 国庆调休上班（周六）`],
    ['2025-10-12', false, 'Sunday after National Day'],
    ['2026-01-02', false, `${N2026} 元旦（周五）`],
    ['2026-01-04', true, `${N2026} 元旦调休上班（周日）`],
    ['2026-02-14', true, `${N2026} 春节调休上班（周六）`],
    ['2026-02-23', false, `${N2026} 春节最后一天（周一）`],
    ['2026-02-28', true, `${N2026} 春节调休上班（周六）`],
    ['2026-04-06', false, `${N2026} 清明节（周一）`],
    ['2026-05-09', true, `${N2026} 劳动节调休上班（周六）`],
    ['2026-06-19', false, `${N2026} 端午节（周五）`],
    ['2026-09-20', true, `${N2026} 国庆调休上班（周日）`],
    ['2026-09-25', false, `${N2026} 中秋节（周五）`],
    ['2026-10-07', false, `${N2026} 国庆节最后一天`],
    ['2026-10-08', true, `${N2026} 国庆节后第一个工作日`],
    ['2026-10-10', true, `${N2026} 国庆调休上班（周六）`],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(cal, date)).toBe(expected);
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2027-01-04', 2027, 'SPEC §2: 2027 not loaded, never guessed'],
    ['2024-12-31', 2024, 'SPEC §2: 2024 not loaded'],
  ])('%s throws CalendarYearNotLoadedError(%i) (%s)', (date, year) => {
    let err: unknown;
    try {
      cal.isWorkingDay(date);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CalendarYearNotLoadedError);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({
      code: 'CALENDAR_YEAR_NOT_LOADED',
      details: { year },
      message: `尚未加载${year}年节假日安排，请先由省级管理员维护节假日日历`,
    });
  });

  it('reports loaded years', () => {
    expect(cal.hasYear(2025)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(cal.loadedYears).toEqual([2025, 2026]);
  });

  it('rejects a date that is both a holiday and a make-up day', () => {
    expect(
      () =>
        new HolidayCalendar(
          [2025],
          [
            { date: '2025-10-11', kind: 'HOLIDAY' },
            { date: '2025-10-11', kind: 'MAKEUP_WORKDAY' },
          ],
        ),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_CONFLICT' }));
  });
});

describe('validateCalendarEntries', () => {
  it.each([
    [[{ date: '2025-10-11', kind: 'MAKEUP_WORKDAY' }], [], 'make-up Saturday is fine'],
    [[{ date: '2025-10-10', kind: 'MAKEUP_WORKDAY' }], ['MAKEUP_NOT_WEEKEND'], 'make-up on a Friday is a typo'],
    [
      [
        { date: '2025-10-01', kind: 'HOLIDAY' },
        { date: '2025-10-01', kind: 'HOLIDAY' },
      ],
      ['DUPLICATE_DATE'],
      'duplicate',
    ],
    [[{ date: '2025-13-01', kind: 'HOLIDAY' }], ['INVALID_DATE'], 'bad date'],
  ] as const)('%j → %j (%s)', (entries, codes, _why) => {
    expect(validateCalendarEntries([...entries]).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    [{ date: '2026-01-01', kind: 'HOLIDAY' }, 2026, []],
    [{ date: '2025-12-31', kind: 'HOLIDAY' }, 2026, ['WRONG_YEAR']],
    [{ date: '2026-02-14', kind: 'MAKEUP_WORKDAY' }, 2026, []],
  ] as const)('%j in the %i schedule → %j', (entry, year, codes) => {
    expect(validateCalendarEntries([entry], { year }).map((v) => v.code)).toEqual(codes);
  });

  it('names fields the way the caller asks', () => {
    const [v] = validateCalendarEntries(
      [
        { date: '2026-01-01', kind: 'HOLIDAY' },
        { date: '2026-01-02', kind: 'MAKEUP_WORKDAY' },
      ],
      { field: (i, key) => `days.${i}.${key}` },
    );
    expect(v).toEqual({ field: 'days.1.date', code: 'MAKEUP_NOT_WEEKEND', message: '调休上班日 2026-01-02 不是周六或周日' });
  });
});

describe('addWorkingDays / workingDaysBetween', () => {
  it.each([
    ['2025-06-13', 1, '2025-06-16', 'Friday → Monday'],
    ['2025-06-13', 0, '2025-06-13', 'n = 0'],
    ['2025-09-30', 1, '2025-10-09', `${N2025} 国庆 10/1–10/8`],
    ['2025-01-24', 1, '2025-01-26', `${N2025} make-up Sunday counts`],
  ])('addWorkingDays(%s, %i) = %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(cal, date, n)).toBe(expected);
  });

  it('rejects a negative count', () => {
    expect(() => addWorkingDays(cal, '2025-06-13', -1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it.each([
    ['2025-09-26', '2025-10-10', 5, `${N2025} across National Day`],
    ['2025-10-10', '2025-10-10', 0, 'same day'],
    ['2025-10-14', '2025-10-10', 0, 'to before from'],
    ['2025-09-30', '2025-10-08', 0, 'whole holiday'],
    ['2025-12-29', '2026-01-06', 5, `${N2026} year crossing with make-up Sunday 1/4`],
    ['2025-06-13', '2025-06-16', 1, 'over a weekend'],
  ])('workingDaysBetween(%s, %s) = %i (%s)', (from, to, expected) => {
    expect(workingDaysBetween(cal, from, to)).toBe(expected);
  });

  it('workingDaysBetween into an unloaded year throws', () => {
    expect(() => workingDaysBetween(cal, '2026-12-30', '2027-01-05')).toThrow(CalendarYearNotLoadedError);
  });
});

describe('bookingResponseDeadline (Art. 13(2), SPEC §5: 5th working day after the request day)', () => {
  it.each([
    ['2025-06-09', '2025-06-16', 'ordinary Monday'],
    ['2025-06-13', '2025-06-20', 'ordinary Friday'],
    ['2025-06-15', '2025-06-20', 'ordinary Sunday: Sunday itself never counts'],
    ['2025-06-01', '2025-06-09', `${N2025} Sunday inside 端午 5/31–6/2`],
    ['2025-09-26', '2025-10-10', `${N2025} just before National Day: 9/28 make-up Sunday counts, 10/1–10/8 off`],
    ['2025-09-30', '2025-10-14', `${N2025} last day before National Day: 10/11 make-up Saturday counts`],
    ['2025-10-03', '2025-10-14', `${N2025} request during the holiday`],
    ['2025-01-24', '2025-02-07', `${N2025} just before Spring Festival: 1/26 make-up Sunday counts`],
    ['2025-01-27', '2025-02-10', `${N2025} last day before Spring Festival: 2/8 make-up Saturday counts`],
    ['2025-02-08', '2025-02-14', `${N2025} request on make-up Saturday 2/8: request day never counts`],
    ['2025-04-27', '2025-05-07', `${N2025} request on make-up Sunday 4/27, 劳动节 5/1–5/5`],
    ['2026-02-12', '2026-02-26', `${N2026} before Spring Festival: 2/13 Fri, 2/14 make-up Sat, then 2/24…`],
    ['2026-02-14', '2026-02-28', `${N2026} request on make-up Saturday 2/14: 2/24, 2/25, 2/26, 2/27, then 2/28 make-up Saturday is day 5`],
    ['2026-09-18', '2026-09-24', `${N2026} 9/20 make-up Sunday counts`],
    ['2026-09-29', '2026-10-12', `${N2026} before National Day: 9/30, 10/8, 10/9, 10/10 make-up Sat, 10/12`],
    ['2025-12-29', '2026-01-06', `${N2026} year crossing: 12/30, 12/31, 1/4 make-up Sunday, 1/5, 1/6`],
    ['2025-12-31', '2026-01-08', `${N2026} year crossing: 元旦 1/1–1/3`],
  ])('request %s → deadline %s (%s)', (request, expected) => {
    expect(bookingResponseDeadline(cal, request)).toBe(expected);
    expect(bookingResponseDeadlineWithFallback(cal, request)).toEqual({ deadline: expected, provisional: false });
  });

  it.each([
    ['2026-12-28', 2027, 'needs 2027-01-01 onward'],
    ['2027-03-01', 2027, 'entirely in 2027'],
  ])('request %s into an unloaded year throws CalendarYearNotLoadedError(%i) (SPEC §2)', (request, year) => {
    expect(() => bookingResponseDeadline(cal, request)).toThrow(CalendarYearNotLoadedError);
    expect(() => bookingResponseDeadline(cal, request)).toThrow(`尚未加载${year}年节假日安排`);
  });

  it.each([
    ['2026-12-21', '2026-12-28', false, 'all needed days in 2026: exact'],
    ['2026-12-28', '2027-01-04', true, '12/29–12/31 from the 2026 notice, then 2027 assumed Mon–Fri'],
    ['2026-12-31', '2027-01-07', true, 'all five days in unloaded 2027'],
    ['2027-03-01', '2027-03-08', true, 'request inside unloaded 2027'],
  ])('fallback: request %s → %s, provisional %s (SPEC §2: %s)', (request, deadline, provisional) => {
    expect(bookingResponseDeadlineWithFallback(cal, request)).toEqual({ deadline, provisional });
  });

  it('fallback is recomputed exactly once the year is loaded', () => {
    // 2027 元旦 would make 2027-01-01 a holiday; the provisional answer did not know that
    const with2027 = new HolidayCalendar(cal.loadedYears.concat(2027), [
      { date: '2026-01-01', kind: 'HOLIDAY' },
      { date: '2027-01-01', kind: 'HOLIDAY' },
    ]);
    expect(bookingResponseDeadlineWithFallback(with2027, '2026-12-28')).toEqual({
      deadline: '2027-01-05',
      provisional: false,
    });
  });
});

describe('publicNoticeEnd (Art. 8(4) 公示五个工作日, SPEC §5)', () => {
  it.each([
    ['2025-06-09', '2025-06-13', 'Monday counts as day 1'],
    ['2025-06-13', '2025-06-19', 'published on a Friday: 6/13, 6/16, 6/17, 6/18, 6/19'],
    ['2025-06-14', '2025-06-20', 'published on a Saturday: starts Monday'],
    ['2025-10-01', '2025-10-14', `${N2025} published on National Day: 10/9, 10/10, 10/11 make-up, 10/13, 10/14`],
    ['2025-10-11', '2025-10-16', `${N2025} published on make-up Saturday: counts as day 1`],
    ['2025-09-26', '2025-10-09', `${N2025} Friday before National Day: 9/26, 9/28 make-up, 9/29, 9/30, 10/9`],
    ['2025-01-28', '2025-02-10', `${N2025} published on 除夕: 2/5, 2/6, 2/7, 2/8 make-up, 2/10`],
    ['2025-12-29', '2026-01-05', `${N2026} year crossing: 12/29, 12/30, 12/31, 1/4 make-up, 1/5`],
  ])('published %s → ends at the end of %s (%s)', (published, expected) => {
    expect(publicNoticeEnd(cal, published)).toBe(expected);
  });

  it.each([
    ['2025-06-13', 1, '2025-06-13'],
    ['2025-06-14', 1, '2025-06-16'],
    ['2025-06-13', 7, '2025-06-23'],
  ])('published %s for %i working days → %s', (published, days, expected) => {
    expect(publicNoticeEnd(cal, published, days)).toBe(expected);
  });

  it.each([
    ['2026-12-28', 'runs into unloaded 2027'],
    ['2027-01-04', 'published in unloaded 2027'],
  ])('published %s throws CalendarYearNotLoadedError — publishing is refused (SPEC §2, %s)', (published) => {
    expect(() => publicNoticeEnd(cal, published)).toThrow(CalendarYearNotLoadedError);
  });

  it('rejects a non-positive length', () => {
    expect(() => publicNoticeEnd(cal, '2025-06-13', 0)).toThrow(DomainError);
  });
});
