import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock';
import { Actor, SYSTEM_ACTOR } from '../../common/context';
import { notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { JobLease, JobRun, JobRunStatus, JobTrigger } from './job.entity';
import { jobFailed, jobRunning } from './job.errors';
import { Job, JobDefinition } from './job.types';

/** Long enough for any set-based job; a live holder renews it every third of it, so only a dead one loses it. */
export const DEFAULT_LEASE_MS = 15 * 60_000;
export const ERROR_MESSAGE_MAX = 500;
const NAME_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;
const ABANDONED_MESSAGE = '租约过期前未结束（执行进程可能已退出），任务已由其他节点接管';

/** A finished run, and the breakdown its job returned (kept in memory for the caller, not stored). */
interface Executed {
  run: JobRun;
  detail: unknown;
}

const leaseMsOf = (def: JobDefinition) => def.leaseMs ?? DEFAULT_LEASE_MS;
const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);

/** A lease counts while its end is in the future; an expired one belongs to nobody. */
export function leaseHeld(lease: Pick<JobLease, 'holder' | 'leaseUntil'>, now: Date): boolean {
  return !!lease.holder && !!lease.leaseUntil && lease.leaseUntil.getTime() >= now.getTime();
}

/** Due once an interval has passed since the last start by any trigger on any replica; never started → due now. */
export function nextDueAt(lease: Pick<JobLease, 'lastStartedAt'> | undefined, intervalMs: number): Date | null {
  return lease?.lastStartedAt ? plus(lease.lastStartedAt, intervalMs) : null;
}

function truncate(text: string, max = ERROR_MESSAGE_MAX): string {
  const chars = Array.from(text); // by code point: never split a surrogate pair (VARCHAR counts characters)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The one scheduler for background work. Every job has a lease row; a run starts only by winning a
 * compare-and-set on it (free or expired, and — for scheduled runs — due), so several API processes on one
 * database run each job once per interval. Each run is recorded in job_run. See docs/decisions/0009.
 */
export class JobService {
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly rowsEnsured = new Set<string>();
  /** Who holds a lease: unique per process and per service instance (two in one test process differ). */
  readonly instanceId: string;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    options: { instanceId?: string } = {},
  ) {
    this.instanceId = options.instanceId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  register(...defs: JobDefinition[]): void {
    for (const def of defs) {
      if (!NAME_PATTERN.test(def.name)) throw new Error(`job name must match ${NAME_PATTERN}: ${def.name}`);
      if (this.definitions.has(def.name)) throw new Error(`job registered twice: ${def.name}`);
      for (const [key, ms] of [
        ['intervalMs', def.intervalMs],
        ['leaseMs', leaseMsOf(def)],
      ] as const) {
        if (!Number.isSafeInteger(ms) || ms < 1000) throw new Error(`${def.name}: ${key} must be a whole number of milliseconds ≥ 1000`);
      }
      this.definitions.set(def.name, def);
    }
  }

  registered(): JobDefinition[] {
    return [...this.definitions.values()];
  }

  labelOf(name: string): string {
    return this.definitions.get(name)?.label ?? name;
  }

  /** Every registered job with its lease and last run: two statements whatever the number of jobs. */
  async jobs(): Promise<Job[]> {
    const defs = this.registered();
    const now = this.clock.now();
    const leases = defs.length ? await this.db.getRepository(JobLease).findBy({ name: In(defs.map((d) => d.name)) }) : [];
    const runIds = leases.map((l) => l.lastRunId).filter((id): id is number => id !== null);
    const runs = runIds.length ? await this.db.getRepository(JobRun).findBy({ id: In(runIds) }) : [];
    return defs.map((def) => {
      const lease = leases.find((l) => l.name === def.name);
      const held = !!lease && leaseHeld(lease, now);
      return {
        name: def.name,
        label: def.label,
        intervalSeconds: Math.round(def.intervalMs / 1000),
        leaseSeconds: Math.round(leaseMsOf(def) / 1000),
        running: held,
        leaseHolder: held ? lease.holder : null,
        leaseUntil: held ? lease.leaseUntil : null,
        nextDueAt: nextDueAt(lease, def.intervalMs),
        lastRun: runs.find((r) => r.id === lease?.lastRunId) ?? null,
      };
    });
  }

  /** Newest first; keyset on id. */
  async runs(name: string | undefined, first?: number, after?: string): Promise<Connection<JobRun>> {
    const size = pageSize(first);
    const qb = this.db.getRepository(JobRun).createQueryBuilder('r');
    if (name) qb.where('r.name = :name', { name });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('r.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('r.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  /**
   * One pass of the scheduler: every job that is due and not held is tried, in registration order. Returns the
   * runs this instance made (a job another replica won is not among them).
   */
  async tick(trigger: JobTrigger.SCHEDULED | JobTrigger.STARTUP = JobTrigger.SCHEDULED): Promise<JobRun[]> {
    await this.ensureRows();
    const leases = await this.readLeases();
    const done: JobRun[] = [];
    for (const def of this.registered()) {
      const now = this.clock.now();
      const lease = leases.get(def.name);
      const due = nextDueAt(lease, def.intervalMs);
      if ((lease && leaseHeld(lease, now)) || (due && due.getTime() > now.getTime())) continue;
      try {
        const run = await this.acquire(def, trigger, SYSTEM_ACTOR, now);
        if (run) done.push((await this.execute(def, run, SYSTEM_ACTOR, now)).run);
      } catch (e) {
        // The bookkeeping itself failed (database unreachable…): the next tick tries again.
        // eslint-disable-next-line no-console
        console.error(`[jobs] ${def.name}: scheduling failed`, e);
      }
    }
    return done;
  }

  /** PROVINCE's "run now": takes the lease whether or not the job is due, runs it as the officer, audits it. */
  async runNow(name: string, actor: Actor): Promise<JobRun> {
    return (await this.runManually(name, actor)).run;
  }

  /** For mutations that answer the number of rows changed. */
  async runNowCount(name: string, actor: Actor): Promise<number> {
    return (await this.runSucceeded(name, actor)).run.rowsTouched ?? 0;
  }

  /** For mutations that answer the job's breakdown: the `detail` its run returned (undefined for a bare count). */
  async runNowDetail<T>(name: string, actor: Actor): Promise<T> {
    return (await this.runSucceeded(name, actor)).detail as T;
  }

  /**
   * "Run now" for jobs that belong together (PROVINCE's 立即执行 of dynamic management): every lease is taken in one
   * transaction before any job runs — if one is held elsewhere, nothing is taken, nothing runs and nothing is written
   * (JOB_RUNNING). Then they run in the given order, each lease renewed from the start until its own run ends; a
   * failed run does not keep the next from running (and releasing its lease), and the first failure is the error.
   */
  async runAllNow(names: string[], actor: Actor): Promise<Executed[]> {
    const defs = names.map((name) => {
      const def = this.definitions.get(name);
      if (!def) throw notFound('定时任务');
      return def;
    });
    await this.ensureRows();
    const now = this.clock.now();
    const runs = await this.db.transaction(async (em) => {
      const taken: JobRun[] = [];
      for (const def of defs) {
        const run = await this.acquire(def, JobTrigger.MANUAL, actor, now, em);
        if (!run) throw jobRunning(def.label); // rolls back the leases already taken in this transaction
        taken.push(run);
      }
      return taken;
    });
    const renewing = defs.map((def, k) => this.keepLease(def, runs[k]));
    const executed: Executed[] = [];
    try {
      for (const [k, def] of defs.entries()) {
        executed.push(await this.execute(def, runs[k], actor, now));
        renewing[k]();
      }
    } finally {
      renewing.forEach((stop) => stop());
    }
    const failed = executed.find((e) => e.run.status === JobRunStatus.FAILED);
    if (failed) throw jobFailed(this.labelOf(failed.run.name), failed.run.id);
    return executed;
  }

  private async runManually(name: string, actor: Actor): Promise<Executed> {
    const def = this.definitions.get(name);
    if (!def) throw notFound('定时任务');
    await this.ensureRows();
    const now = this.clock.now();
    const run = await this.acquire(def, JobTrigger.MANUAL, actor, now);
    if (!run) throw jobRunning(def.label);
    return this.execute(def, run, actor, now);
  }

  /** A failed run is an error for the mutation; it is in the history with its message. */
  private async runSucceeded(name: string, actor: Actor): Promise<Executed> {
    const executed = await this.runManually(name, actor);
    if (executed.run.status === JobRunStatus.FAILED) throw jobFailed(this.labelOf(name), executed.run.id);
    return executed;
  }

  /** One read for all jobs, so a replica with nothing to do writes nothing. It may be stale by the time of the CAS. */
  private async readLeases(): Promise<Map<string, JobLease>> {
    return new Map((await this.db.getRepository(JobLease).find()).map((l) => [l.name, l]));
  }

  private async ensureRows(): Promise<void> {
    const missing = this.registered().filter((d) => !this.rowsEnsured.has(d.name));
    if (!missing.length) return;
    // INSERT IGNORE / INSERT OR IGNORE: replicas starting together all succeed, one row each.
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(JobLease)
        .values(missing.map((d) => ({ name: d.name, holder: null, leaseUntil: null, lastStartedAt: null, lastRunId: null })))
        .orIgnore()
        .execute(),
    );
    for (const d of missing) this.rowsEnsured.add(d.name);
  }

  /**
   * The compare-and-set: `UPDATE job_lease … WHERE name = ? AND (lease free or expired) [AND due]`; exactly one
   * affected row means this instance holds the job. In the same transaction: a run left RUNNING by a holder whose
   * lease expired is marked ABANDONED, the new run row is written and, for a manual run, the audit row.
   */
  private acquire(def: JobDefinition, trigger: JobTrigger, actor: Actor, now: Date, within?: EntityManager): Promise<JobRun | null> {
    const acquireIn = async (em: EntityManager) => {
      const take = em
        .createQueryBuilder()
        .update(JobLease)
        .set({ holder: this.instanceId, leaseUntil: plus(now, leaseMsOf(def)), lastStartedAt: now })
        .where('name = :name', { name: def.name })
        .andWhere('(leaseUntil IS NULL OR leaseUntil < :now)', { now });
      if (trigger !== JobTrigger.MANUAL) {
        take.andWhere('(lastStartedAt IS NULL OR lastStartedAt <= :dueBefore)', { dueBefore: plus(now, -def.intervalMs) });
      }
      if ((await take.execute()).affected !== 1) return null;

      const lease = await em.findOneByOrFail(JobLease, { name: def.name });
      if (lease.lastRunId !== null) {
        await em
          .createQueryBuilder()
          .update(JobRun)
          .set({ status: JobRunStatus.ABANDONED, finishedAt: now, errorMessage: ABANDONED_MESSAGE })
          .where('id = :id', { id: lease.lastRunId })
          .andWhere('status = :running', { running: JobRunStatus.RUNNING })
          .execute();
      }
      const values = {
        name: def.name,
        trigger,
        status: JobRunStatus.RUNNING,
        actorId: actor.user?.id ?? null,
        actorUsername: actor.user?.username ?? null,
        holder: this.instanceId,
        startedAt: now,
        finishedAt: null,
        rowsTouched: null,
        errorMessage: null,
      };
      const inserted = await em.insert(JobRun, values);
      const run = Object.assign(new JobRun(), values, { id: Number(inserted.identifiers[0].id) });
      await em.update(JobLease, { name: def.name }, { lastRunId: run.id });
      if (trigger === JobTrigger.MANUAL) {
        await this.audit.record(em, actor, {
          action: 'RUN_JOB',
          entityType: 'JobRun',
          entityId: run.id,
          before: { lastStartedAt: lease.lastStartedAt, lastRunId: lease.lastRunId },
          after: { name: def.name, trigger, startedAt: now },
        });
      }
      return run;
    };
    return within ? acquireIn(within) : this.db.transaction(acquireIn);
  }

  /** Runs the job outside any transaction of ours (jobs use their own), then records the outcome and releases the lease. */
  private async execute(def: JobDefinition, run: JobRun, actor: Actor, now: Date): Promise<Executed> {
    const stopRenewing = this.keepLease(def, run);
    let outcome: Pick<JobRun, 'status' | 'rowsTouched' | 'errorMessage'>;
    let detail: unknown;
    try {
      const result = await def.run({ now, actor });
      const rows = typeof result === 'number' ? result : result.rows;
      if (typeof result !== 'number') detail = result.detail;
      outcome = { status: JobRunStatus.SUCCEEDED, rowsTouched: Number.isFinite(rows) ? Math.trunc(rows) : null, errorMessage: null };
    } catch (e) {
      // eslint-disable-next-line no-console
      console.error(`[jobs] ${def.name} failed`, e);
      const message = e instanceof Error ? e.message : String(e);
      outcome = { status: JobRunStatus.FAILED, rowsTouched: null, errorMessage: truncate(message || '未知错误') };
    } finally {
      stopRenewing();
    }
    const finished = { ...outcome, finishedAt: this.clock.now() };
    await this.db.transaction(async (em) => {
      // Written even if the lease was lost meanwhile: the run did finish, and this is its result.
      await em.update(JobRun, { id: run.id }, finished);
      await em
        .createQueryBuilder()
        .update(JobLease)
        .set({ holder: null, leaseUntil: null })
        .where('name = :name', { name: def.name })
        .andWhere('holder = :holder', { holder: this.instanceId })
        .andWhere('lastRunId = :runId', { runId: run.id })
        .execute();
    });
    return { run: Object.assign(run, finished), detail };
  }

  /** Renews the lease every third of its length while the job runs, so only a holder that died loses it. */
  private keepLease(def: JobDefinition, run: JobRun): () => void {
    const leaseMs = leaseMsOf(def);
    const timer = setInterval(
      () => {
        this.db
          .createQueryBuilder()
          .update(JobLease)
          .set({ leaseUntil: plus(this.clock.now(), leaseMs) })
          .where('name = :name', { name: def.name })
          .andWhere('holder = :holder', { holder: this.instanceId })
          .andWhere('lastRunId = :runId', { runId: run.id })
          .execute()
          .then((r) => {
            // eslint-disable-next-line no-console
            if (r.affected !== 1) console.warn(`[jobs] ${def.name}: lease lost to another holder while running`);
          })
          .catch((e) => {
            // eslint-disable-next-line no-console
            console.error(`[jobs] ${def.name}: renewing the lease failed`, e);
          });
      },
      Math.max(1000, Math.floor(leaseMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }
}
