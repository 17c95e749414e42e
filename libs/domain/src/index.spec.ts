import { describe, expect, it } from '@jest/globals';
import * as domain from './index';

describe('@hebei/domain public API', () => {
  it.each([
    ['DomainError', 'function'],
    ['CalendarYearNotLoadedError', 'function'],
    ['HolidayCalendar', 'function'],
    ['bookingResponseDeadlineWithFallback', 'function'],
    ['publicNoticeEnd', 'function'],
    ['parseUscc', 'function'],
    ['validateMainCategories', 'function'],
    ['buildRegistryDivisions', 'function'],
    ['checkPasswordStrength', 'function'],
    ['evaluateEligibility', 'function'],
    ['nextReviewState', 'function'],
    ['reentryBanUntil', 'function'],
    ['firstReportDeadline', 'function'],
    ['reportDeadlinesBetween', 'function'],
    ['consecutiveMissedPeriods', 'function'],
    ['changeReportDueDate', 'function'],
    ['removalCaseMachine', 'object'],
    ['changeReportMachine', 'object'],
    ['SERVICE_CATEGORIES', 'object'],
    ['REVIEW_STATUS_LABELS', 'object'],
    ['BOOKING_RESPONSE_WORKING_DAYS', 'number'],
  ])('exports %s (%s)', (name, type) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe(type);
  });
});
