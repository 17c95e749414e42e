import { Clock } from '../../common/clock';
import { BookingService, SYSTEM_ACTOR } from './booking.service';

/**
 * The booking deadline jobs, in the shape of `apps/api/src/jobs.ts` (`{ name, run }` returning rows changed).
 * Both are idempotent, so a missed or doubled run (several API instances) changes nothing:
 * provisional deadlines are recomputed first, then bookings past their deadline day are flagged overdue.
 * Wire with `...bookingJobs(services.bookings, services.clock)` in `jobsOf`.
 */
export function bookingJobs(bookings: BookingService, clock: Clock): { name: string; run: () => Promise<number> }[] {
  return [
    { name: 'booking-deadlines', run: () => bookings.recomputeProvisionalDeadlines(SYSTEM_ACTOR) },
    { name: 'overdue-bookings', run: () => bookings.flagOverdue(clock.now(), SYSTEM_ACTOR) },
  ];
}
