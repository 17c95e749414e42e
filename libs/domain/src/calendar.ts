/**
 * Calendar dates and working days (SPEC §5).
 *
 * Dates are plain 'YYYY-MM-DD' strings; all arithmetic is on UTC midnights so the
 * server's timezone never matters. The current time is always a parameter.
 */
import { CalendarYearNotLoadedError, DomainError, FieldViolation } from './errors';
import { BOOKING_RESPONSE_WORKING_DAYS, PUBLIC_NOTICE_WORKING_DAYS } from './guideline';

/** Calendar date 'YYYY-MM-DD' (no time, no zone). */
export type IsoDate = string;

export type DayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY';

export interface CalendarEntry {
  date: IsoDate;
  kind: DayKind;
  name?: string;
}

const MS_PER_DAY = 86_400_000;
/** China Standard Time is UTC+8 all year (no DST since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------
// Date helpers
// ---------------------------------------------------------------------------

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function assertIsoDate(value: IsoDate): void {
  if (!isIsoDate(value)) {
    throw new DomainError('INVALID_DATE', `日期格式不正确：${String(value)}（应为YYYY-MM-DD）`, { value });
  }
}

/** [year, month 1–12, day]; throws DomainError('INVALID_DATE') for anything else. */
export function parseIsoDate(date: IsoDate): [number, number, number] {
  assertIsoDate(date);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds a validated IsoDate from numbers (month 1–12). */
export function isoDate(y: number, m: number, d: number): IsoDate {
  const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || !isIsoDate(s)) {
    throw new DomainError('INVALID_DATE', `无效日期：${y}-${m}-${d}`, { y, m, d });
  }
  return s;
}

function toEpochDay(date: IsoDate): number {
  const [y, m, d] = parseIsoDate(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function fromEpochDay(day: number): IsoDate {
  const t = new Date(day * MS_PER_DAY);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date)[0];
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Adds whole years; a Feb 29 start with no Feb 29 in the target year ends on Feb 28
 * (民法典第二百零二条: no corresponding day → last day of that month).
 */
export function addYears(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parseIsoDate(date);
  const ty = y + n;
  return isoDate(ty, m, Math.min(d, daysInMonth(ty, m)));
}

/**
 * Adds calendar months; a day the target month does not have becomes its last day
 * (2026-01-31 + 3 months → 2026-04-30; 民法典第二百零二条).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parseIsoDate(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return isoDate(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** 0 = Sunday … 6 = Saturday (same convention as Date#getUTCDay). */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 (epoch day 0) was a Thursday.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const w = dayOfWeek(date);
  return w === 0 || w === 6;
}

/** -1, 0 or 1. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  const d = toEpochDay(a) - toEpochDay(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The calendar date in Beijing time of an instant. */
export function toIsoDateInShanghai(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new DomainError('INVALID_DATE', '无效时间', {});
  return fromEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The instant 23:59:59.999 +08:00 of the given date (deadlines end "at the end of the day"). */
export function endOfDayInShanghai(date: IsoDate): Date {
  return new Date((toEpochDay(date) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS - 1);
}

// ---------------------------------------------------------------------------
// Holiday calendar
// ---------------------------------------------------------------------------

/**
 * Validates entries a provincial admin is about to load: real dates, in the schedule's year when one is given, no
 * duplicates, make-up working days only on a Saturday or Sunday (a make-up day on a weekday is always a typo).
 * `field` names each problem's input field (default `entries[i].date`).
 */
export function validateCalendarEntries(
  entries: CalendarEntry[],
  options: { year?: number; field?: (index: number, key: 'date' | 'kind') => string } = {},
): FieldViolation[] {
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  const fieldOf = options.field ?? ((i: number, key: 'date' | 'kind') => `entries[${i}].${key}`);
  entries.forEach((e, i) => {
    const field = fieldOf(i, 'date');
    const row = entries.length > 1 ? `第${i + 1}行` : '';
    if (!isIsoDate(e.date)) {
      out.push({ field, code: 'INVALID_DATE', message: `${row}日期 ${String(e.date)} 不存在（格式应为YYYY-MM-DD）` });
      return;
    }
    if (e.kind !== 'HOLIDAY' && e.kind !== 'MAKEUP_WORKDAY') {
      out.push({ field: fieldOf(i, 'kind'), code: 'INVALID_DAY_KIND', message: `${e.date} 的类型无效` });
    }
    if (options.year !== undefined && yearOf(e.date) !== options.year) {
      out.push({ field, code: 'WRONG_YEAR', message: `${row}日期 ${e.date} 不属于${options.year}年` });
    }
    if (seen.has(e.date)) {
      out.push({ field, code: 'DUPLICATE_DATE', message: `日期 ${e.date} 重复` });
    }
    seen.add(e.date);
    if (e.kind === 'MAKEUP_WORKDAY' && !isWeekend(e.date)) {
      out.push({ field, code: 'MAKEUP_NOT_WEEKEND', message: `调休上班日 ${e.date} 不是周六或周日` });
    }
  });
  return out;
}

export class HolidayCalendar {
  private readonly years: ReadonlySet<number>;
  private readonly kinds = new Map<IsoDate, DayKind>();

  /**
   * @param loadedYears years whose official schedule is complete (a year with no holidays
   *   loaded is still "unknown", so this is explicit rather than derived from entries)
   * @param entries holidays and make-up working days; an entry may lie just outside its
   *   schedule year (e.g. a make-up Saturday on Dec 31), so entries are keyed by date only
   */
  constructor(loadedYears: number[], entries: CalendarEntry[]) {
    this.years = new Set(loadedYears);
    for (const e of entries) {
      assertIsoDate(e.date);
      const prev = this.kinds.get(e.date);
      if (prev && prev !== e.kind) {
        throw new DomainError('CALENDAR_CONFLICT', `${e.date} 同时被设置为节假日和调休上班日`, { date: e.date });
      }
      this.kinds.set(e.date, e.kind);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  get loadedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** Throws CalendarYearNotLoadedError if the date's year has no schedule. */
  isWorkingDay(date: IsoDate): boolean {
    const y = yearOf(date);
    if (!this.years.has(y)) throw new CalendarYearNotLoadedError(y);
    return this.isWorkingDayUnchecked(date);
  }

  /** Mon–Fri except holidays, plus make-up days; ignores whether the year is loaded. */
  isWorkingDayUnchecked(date: IsoDate): boolean {
    const kind = this.kinds.get(date);
    if (kind === 'HOLIDAY') return false;
    if (kind === 'MAKEUP_WORKDAY') return true;
    return !isWeekend(date);
  }
}

export function isWorkingDay(cal: HolidayCalendar, date: IsoDate): boolean {
  return cal.isWorkingDay(date);
}

// Longest real run of non-working days is 9 (Spring Festival); this only guards bad data.
const MAX_SCAN_DAYS = 366;

function nthWorkingDayAfter(date: IsoDate, n: number, isWorking: (d: IsoDate) => boolean): IsoDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError('INVALID_ARGUMENT', `工作日数必须为非负整数：${n}`, { n });
  }
  let d = date;
  let found = 0;
  let gap = 0;
  while (found < n) {
    d = addDays(d, 1);
    if (isWorking(d)) {
      found++;
      gap = 0;
    } else if (++gap > MAX_SCAN_DAYS) {
      throw new DomainError('CALENDAR_NO_WORKING_DAY', `${date} 之后一年内没有工作日，请检查节假日日历`, { date });
    }
  }
  return d;
}

/** The n-th working day strictly after `date` (n = 0 returns `date`). */
export function addWorkingDays(cal: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  return nthWorkingDayAfter(date, n, (d) => cal.isWorkingDay(d));
}

/**
 * Last day of a public notice of `days` working days (Art. 8(4)): the publication day
 * counts as day 1 if it is a working day; the notice ends at the end of the returned day.
 */
export function publicNoticeEnd(cal: HolidayCalendar, publishedOn: IsoDate, days = PUBLIC_NOTICE_WORKING_DAYS): IsoDate {
  if (!Number.isInteger(days) || days < 1) {
    throw new DomainError('INVALID_ARGUMENT', `公示天数必须为正整数：${days}`, { days });
  }
  return cal.isWorkingDay(publishedOn) ? addWorkingDays(cal, publishedOn, days - 1) : addWorkingDays(cal, publishedOn, days);
}

/** Booking response deadline (Art. 13(2)): end of the 5th working day after the request day. */
export function bookingResponseDeadline(cal: HolidayCalendar, requestDate: IsoDate): IsoDate {
  return addWorkingDays(cal, requestDate, BOOKING_RESPONSE_WORKING_DAYS);
}

export interface ProvisionalDeadline {
  deadline: IsoDate;
  /** True when a year without a loaded schedule was treated as plain Mon–Fri; recompute once loaded. */
  provisional: boolean;
}

/** Like bookingResponseDeadline, but never throws for an unloaded year (SPEC §2). */
export function bookingResponseDeadlineWithFallback(cal: HolidayCalendar, requestDate: IsoDate): ProvisionalDeadline {
  let provisional = false;
  const deadline = nthWorkingDayAfter(requestDate, BOOKING_RESPONSE_WORKING_DAYS, (d) => {
    if (cal.hasYear(yearOf(d))) return cal.isWorkingDayUnchecked(d);
    provisional = true;
    return !isWeekend(d);
  });
  return { deadline, provisional };
}

/** Working days after `from` up to and including `to` ("remaining working days"); 0 if to <= from. */
export function workingDaysBetween(cal: HolidayCalendar, from: IsoDate, to: IsoDate): number {
  if (compareIsoDate(to, from) <= 0) return 0;
  let count = 0;
  for (let d = addDays(from, 1); compareIsoDate(d, to) <= 0; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) count++;
  }
  return count;
}
