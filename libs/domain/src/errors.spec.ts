import { describe, expect, it } from '@jest/globals';
import { CalendarYearNotLoadedError, DomainError } from './errors';

describe('errors', () => {
  it.each([
    [new DomainError('INVALID_TRANSITION', '不能提交', { status: 'ADMITTED' }), 'INVALID_TRANSITION', '不能提交', { status: 'ADMITTED' }],
    [new DomainError('X', '无详情'), 'X', '无详情', undefined],
    [
      new CalendarYearNotLoadedError(2027),
      'CALENDAR_YEAR_NOT_LOADED',
      '尚未加载2027年节假日安排，请先由省级管理员维护节假日日历',
      { year: 2027 },
    ],
  ])('%s carries code %s', (err, code, message, details) => {
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
    expect(err.details).toEqual(details);
  });

  it('CalendarYearNotLoadedError keeps its own type and year (SPEC §2)', () => {
    const err = new CalendarYearNotLoadedError(2027);
    expect(err).toBeInstanceOf(CalendarYearNotLoadedError);
    expect(err.year).toBe(2027);
    expect(err.name).toBe('CalendarYearNotLoadedError');
  });
});
