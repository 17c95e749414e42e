/**
 * TEST FIXTURE ONLY (not exported): official State Council holiday schedules.
 * The app seeds its calendar from the chinese-days package; these were cross-checked against it.
 *
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 国办发明电〔2025〕7号
 */
import { CalendarEntry, HolidayCalendar, IsoDate, addDays, compareIsoDate } from '../calendar';

function range(from: IsoDate, to: IsoDate, name: string): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let d = from; compareIsoDate(d, to) <= 0; d = addDays(d, 1)) out.push({ date: d, kind: 'HOLIDAY', name });
  return out;
}

function makeup(date: IsoDate, name: string): CalendarEntry {
  return { date, kind: 'MAKEUP_WORKDAY', name };
}

/** 国办发明电〔2024〕12号 */
export const HOLIDAYS_2025: CalendarEntry[] = [
  ...range('2025-01-01', '2025-01-01', '元旦'),
  ...range('2025-01-28', '2025-02-04', '春节'),
  makeup('2025-01-26', '春节'), // Sunday
  makeup('2025-02-08', '春节'), // Saturday
  ...range('2025-04-04', '2025-04-06', '清明节'),
  ...range('2025-05-01', '2025-05-05', '劳动节'),
  makeup('2025-04-27', '劳动节'), // Sunday
  ...range('2025-05-31', '2025-06-02', '端午节'),
  ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  makeup('2025-09-28', '国庆节、中秋节'), // Sunday
  makeup('2025-10-11', '国庆节、中秋节'), // Saturday
];

/** 国办发明电〔2025〕7号 */
export const HOLIDAYS_2026: CalendarEntry[] = [
  ...range('2026-01-01', '2026-01-03', '元旦'),
  makeup('2026-01-04', '元旦'), // Sunday
  ...range('2026-02-15', '2026-02-23', '春节'),
  makeup('2026-02-14', '春节'), // Saturday
  makeup('2026-02-28', '春节'), // Saturday
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  makeup('2026-05-09', '劳动节'), // Saturday
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  makeup('2026-09-20', '国庆节'), // Sunday
  makeup('2026-10-10', '国庆节'), // Saturday
];

/** 2025 and 2026 loaded; 2027 deliberately missing. */
export function officialCalendar2025to2026(): HolidayCalendar {
  return new HolidayCalendar([2025, 2026], [...HOLIDAYS_2025, ...HOLIDAYS_2026]);
}
