import { AppConfig } from './common/config';
import { bookingJobs } from './modules/booking/booking.job';
import { BookingService } from './modules/booking/booking.service';
import { JobDefinition } from './modules/job/job.types';
import { NoticeService } from './modules/notice/notice.service';
import { complianceJobs } from './modules/report/report.job';
import { ComplianceService } from './modules/report/compliance.service';
import { RemovalService } from './modules/removal/removal.service';

/**
 * Every background job of the API, registered with the scheduler (modules/job) by `createServices`. Each is
 * idempotent and set-based; the scheduler's lease makes it run on one replica at a time, once per interval.
 * Interval: JOB_INTERVAL_MS unless a job needs its own.
 */
export function jobsOf(services: {
  notices: NoticeService;
  bookings: BookingService;
  compliance: ComplianceService;
  removals: RemovalService;
  config: AppConfig;
}): JobDefinition[] {
  const intervalMs = services.config.jobIntervalMs;
  return [
    {
      name: 'admission',
      label: '公示期满入库',
      intervalMs,
      run: ({ actor }) => services.notices.runAdmission(actor),
    },
    ...bookingJobs(services.bookings, intervalMs),
    // Quarterly reports (Art. 10): 通报 and removal cases for runs of missed periods; removals on their effective date.
    ...complianceJobs(services.compliance, services.removals, intervalMs),
  ];
}
