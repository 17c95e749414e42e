import { JobTrigger } from './job.entity';
import { JobService } from './job.service';

/** How often each process asks the lease rows whether a job is due; the jobs' own intervals decide the rest. */
export const MAX_TICK_MS = 60_000;

/**
 * Starts the timer of one API process: a STARTUP pass right away (it runs what is due — a rolling restart does
 * not rerun everything), then a SCHEDULED pass every tick. Whether a job runs is decided by its lease row in
 * the database, never here; `busy` only stops one process from stacking passes on itself.
 * Returns a stop function that waits for the pass in progress, so a clean shutdown releases its leases.
 */
export function startScheduler(jobs: JobService, tickMs = Math.min(MAX_TICK_MS, ...jobs.registered().map((j) => j.intervalMs))) {
  let busy: Promise<unknown> | null = null;
  const pass = (trigger: JobTrigger.STARTUP | JobTrigger.SCHEDULED) => {
    if (busy) return;
    busy = jobs
      .tick(trigger)
      .catch((e) => {
        // eslint-disable-next-line no-console
        console.error('[jobs] scheduler pass failed', e);
      })
      .finally(() => {
        busy = null;
      });
  };
  pass(JobTrigger.STARTUP);
  const timer = setInterval(() => pass(JobTrigger.SCHEDULED), tickMs);
  timer.unref();
  return async (): Promise<void> => {
    clearInterval(timer);
    await busy;
  };
}
