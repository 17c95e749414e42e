/** Deadlines and limits from the guideline, in one place (no imports: every rule module may use them). */

/** Art. 13(2): bookings are handled within 5 working days. */
export const BOOKING_RESPONSE_WORKING_DAYS = 5;
/** Art. 8(4): the candidate list is published for 5 working days. */
export const PUBLIC_NOTICE_WORKING_DAYS = 5;
/** Art. 6(3), Attachments 2 and 4: at most two main service directions. */
export const MAX_MAIN_CATEGORIES = 2;
/** Art. 12: removal for credit/tax/fraud reasons bars re-entry for at least 2 years. */
export const REENTRY_BAN_YEARS = 2;
/** Art. 11: a major change is reported within 3 months. */
export const MAJOR_CHANGE_REPORT_MONTHS = 3;
/** Art. 10: quarterly service reports are due by Mar 15, Jun 15, Sep 15 and Dec 15 (calendar dates, [month, day]). */
export const REPORT_DEADLINE_DAYS: readonly (readonly [number, number])[] = [
  [3, 15],
  [6, 15],
  [9, 15],
  [12, 15],
];
/** Art. 10: 2 consecutive periods not reported as required → a notice (通报). */
export const MISSED_PERIODS_FOR_NOTICE = 2;
/** Art. 10: 3 consecutive periods not reported as required → removal from the registry. */
export const MISSED_PERIODS_FOR_REMOVAL = 3;
