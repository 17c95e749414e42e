import { describe, expect, it } from '@jest/globals';
import {
  BOOKING_RESPONSE_WORKING_DAYS,
  MAJOR_CHANGE_REPORT_MONTHS,
  MAX_MAIN_CATEGORIES,
  PUBLIC_NOTICE_WORKING_DAYS,
  REENTRY_BAN_YEARS,
  reentryBanUntil,
} from './reporting';

describe('guideline constants', () => {
  it.each([
    ['Art. 13(2) 5个工作日内处理预约', BOOKING_RESPONSE_WORKING_DAYS, 5],
    ['Art. 8(4) 公示五个工作日', PUBLIC_NOTICE_WORKING_DAYS, 5],
    ['Art. 6(3) / Attachment 4 每家机构最多选择两项', MAX_MAIN_CATEGORIES, 2],
    ['Art. 12 至少2年内不得再次入库', REENTRY_BAN_YEARS, 2],
    ['Art. 11 发生变化后的3个月内', MAJOR_CHANGE_REPORT_MONTHS, 3],
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
