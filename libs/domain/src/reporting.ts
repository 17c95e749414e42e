/** Dynamic-management rules of the guideline (Art. 10–12); its constants live in guideline.ts. */
import { IsoDate, addYears } from './calendar';
import { REENTRY_BAN_YEARS } from './guideline';

export * from './guideline';

/**
 * Last day of the re-entry ban (inclusive): removal date + 2 years, Feb 29 → Feb 28
 * (民法典第二百零一、二百零二条: the period ends on the corresponding day).
 * Re-entry is possible from the following day.
 */
export function reentryBanUntil(removalDate: IsoDate): IsoDate {
  return addYears(removalDate, REENTRY_BAN_YEARS);
}
