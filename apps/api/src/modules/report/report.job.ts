import { JobDefinition } from '../job/job.types';
import type { RemovalService } from '../removal/removal.service';
import { ComplianceService } from './compliance.service';

export const COMPLIANCE_ESCALATION_JOB = 'compliance-escalation';
export const REMOVAL_EFFECTIVE_JOB = 'removal-effective';

/**
 * The dynamic-management jobs, listed in `apps/api/src/jobs.ts`. Both are set-based and idempotent (unique keys,
 * compare-and-set), so a doubled run — a lease expiring under a slow holder, or "run now" right after a scheduled
 * run — writes nothing twice.
 */
export function complianceJobs(compliance: ComplianceService, removals: RemovalService, intervalMs: number): JobDefinition[] {
  return [
    {
      name: COMPLIANCE_ESCALATION_JOB,
      label: '季度填报通报与移出案件',
      intervalMs,
      // The breakdown (date, 通报, cases) goes back to `runComplianceJob` through the scheduler's "run now".
      run: async ({ now, actor }) => {
        const detail = await compliance.escalate(now, actor);
        return { rows: detail.noticesIssued + detail.casesOpened, detail };
      },
    },
    {
      name: REMOVAL_EFFECTIVE_JOB,
      label: '移出决定到期生效',
      intervalMs,
      run: ({ now, actor }) => removals.applyDueRemovals(now, actor),
    },
  ];
}
