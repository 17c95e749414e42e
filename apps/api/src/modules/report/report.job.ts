import { JobDefinition } from '../job/job.types';
import type { RemovalService } from '../removal/removal.service';
import { ComplianceService } from './compliance.service';

/**
 * The dynamic-management jobs, listed in `apps/api/src/jobs.ts`: both are set-based and idempotent (unique keys,
 * compare-and-set), so a doubled run — two replicas at once, or a restart — writes nothing twice.
 */
export function complianceJobs(compliance: ComplianceService, removals: RemovalService, intervalMs: number): JobDefinition[] {
  return [
    {
      name: 'compliance-escalation',
      label: '未按规定填报通报与移出',
      intervalMs,
      run: async ({ now, actor }) => {
        const r = await compliance.escalate(now, actor);
        return r.noticesIssued + r.casesOpened;
      },
    },
    { name: 'removal-effective', label: '移出决定生效', intervalMs, run: ({ now, actor }) => removals.applyDueRemovals(now, actor) },
  ];
}
