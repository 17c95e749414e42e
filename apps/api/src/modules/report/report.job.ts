import type { Clock } from '../../common/clock';
import type { RemovalService } from '../removal/removal.service';
import { ComplianceService, SYSTEM_ACTOR } from './compliance.service';

/**
 * The dynamic-management jobs in the shape of `apps/api/src/jobs.ts` (`{ name, run }` returning rows written), for the
 * scheduler to take over: both are set-based and idempotent (unique keys, compare-and-set), so a doubled run — two
 * replicas at once, or a restart — writes nothing twice.
 */
export function complianceJobs(
  compliance: ComplianceService,
  removals: RemovalService,
  clock: Clock,
): { name: string; run: () => Promise<number> }[] {
  return [
    {
      name: 'compliance-escalation',
      run: async () => {
        const r = await compliance.escalate(clock.now(), SYSTEM_ACTOR);
        return r.noticesIssued + r.casesOpened;
      },
    },
    { name: 'removal-effective', run: () => removals.applyDueRemovals(clock.now(), SYSTEM_ACTOR) },
  ];
}
