import { JobDefinition } from '../job/job.types';
import { BookingService } from './booking.service';

export const OVERDUE_BOOKINGS_JOB = 'overdue-bookings';

/**
 * The booking deadline jobs, listed in `apps/api/src/jobs.ts`. Both are idempotent: provisional deadlines are
 * recomputed first (registration order), then bookings past their deadline day are flagged overdue.
 */
export function bookingJobs(bookings: BookingService, intervalMs: number): JobDefinition[] {
  return [
    {
      name: 'booking-deadlines',
      label: '重算临时答复截止日',
      intervalMs,
      run: ({ actor }) => bookings.recomputeProvisionalDeadlines(actor),
    },
    {
      name: OVERDUE_BOOKINGS_JOB,
      label: '标记逾期预约',
      intervalMs,
      run: ({ now, actor }) => bookings.flagOverdue(now, actor),
    },
  ];
}
