import { bookingJobs } from './modules/booking/booking.job';
import { complianceJobs } from './modules/report/report.job';
import { Services } from './services';

type Job = { name: string; run: () => Promise<number> };

/**
 * Deadline jobs inside the API (admission after public notice; booking deadlines and overdue flags). Each job is idempotent (compare-and-set on status), so running them on several
 * instances or twice in a row is harmless.
 */
export function jobsOf(services: Services): Job[] {
  const system = { ip: null };
  return [
    { name: 'admission', run: () => services.notices.runAdmission(system) },
    ...bookingJobs(services.bookings, services.clock),
    // Quarterly reports (Art. 10): 通报 and removal cases for runs of missed periods; removals on their effective date.
    ...complianceJobs(services.compliance, services.removals, services.clock),
  ];
}

export function startScheduler(services: Services, intervalMs = 10 * 60_000): () => void {
  const jobs = jobsOf(services);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      try {
        const changed = await job.run();
        // eslint-disable-next-line no-console
        if (changed) console.log(`[jobs] ${job.name}: ${changed} changed`);
      } catch (e) {
        // eslint-disable-next-line no-console
        console.error(`[jobs] ${job.name} failed`, e);
      }
    }
    running = false;
  };
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
