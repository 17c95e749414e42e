import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../../common/context';
import { JobRun } from './job.entity';

export interface JobContext {
  /** The clock's time when the lease was taken; deadlines are computed from it. */
  now: Date;
  /** The officer for "run now", the system (no user) otherwise; jobs audit their changes as this actor. */
  actor: Actor;
}

/**
 * What a run answers: the number of rows it changed, or that number with a breakdown (`detail`) which "run now"
 * hands back to its caller (`JobService.runNowDetail`); only `rows` is stored in job_run.
 */
export type JobOutcome = number | { rows: number; detail: unknown };

/**
 * A named background job. `run` must be idempotent and set-based: a lease expiring under a slow holder, or a
 * manual run right after a scheduled one, may run it twice.
 */
export interface JobDefinition {
  name: string;
  /** Chinese, shown on the 定时任务 page. */
  label: string;
  intervalMs: number;
  /** How long a holder may stay silent before another replica may take the job over; default DEFAULT_LEASE_MS. */
  leaseMs?: number;
  run(ctx: JobContext): Promise<JobOutcome>;
}

@ObjectType({ description: '定时任务', simpleResolvers: true })
export class Job {
  @Field({ description: '任务名（英文标识）' }) name: string;
  @Field({ description: '任务名称' }) label: string;
  @Field(() => Int, { description: '执行间隔（秒）' }) intervalSeconds: number;
  @Field(() => Int, { description: '租约时长（秒）：执行节点失联超过此时长后，其他节点可接管' }) leaseSeconds: number;
  @Field({ description: '是否正在执行（有未过期的租约）' }) running: boolean;
  @Field(() => String, { nullable: true, description: '持有租约的执行节点' }) leaseHolder: string | null;
  @Field(() => Date, { nullable: true, description: '租约到期时刻' }) leaseUntil: Date | null;
  @Field(() => Date, { nullable: true, description: '下次定时执行时刻；从未执行过时为空（下一次检查即执行）' }) nextDueAt: Date | null;
  @Field(() => JobRun, { nullable: true, description: '最近一次执行' }) lastRun: JobRun | null;
}
