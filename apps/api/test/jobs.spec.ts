import { In } from 'typeorm';
import { ApplicationStatus, Application } from '../src/modules/application/application.entity';
import { ServiceBooking } from '../src/modules/booking/booking.entity';
import { JobLease, JobRun, JobRunStatus, JobTrigger } from '../src/modules/job/job.entity';
import { JobDefinition } from '../src/modules/job/job.types';
import { engines, errorCode, GqlResult, Replica, startReplica, startTestApi, TestApi } from './harness';
import { countRows } from './service-fixtures';

const PRODUCTION_JOBS = ['admission', 'booking-deadlines', 'overdue-bookings'];
const RUN_FIELDS = 'id name label trigger status actorUsername holder startedAt finishedAt rowsTouched errorMessage';
const JOBS = `{ jobs { name label intervalSeconds leaseSeconds running leaseHolder leaseUntil nextDueAt lastRun { ${RUN_FIELDS} } } }`;
const RUNS = `query($name: String, $first: Int, $after: String) { jobRuns(name: $name, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RUN_FIELDS} } } } }`;
const RUN_JOB = `mutation($name: String!) { runJob(name: $name) { ${RUN_FIELDS} } }`;
const SYSTEM = { ip: null };

/**
 * Saturday 2026-12-05 09:00 in Beijing: the demo notice (2026-11-27 → 12-03) has ended, and a booking made at
 * TEST_NOW (answer due by the end of 12-04) is overdue.
 */
const T0 = Date.parse('2026-12-05T01:00:00.000Z');

/** SQL statements the API runs while `run` is in flight (requests in a test file run one at a time). */
async function statements(api: TestApi, run: () => Promise<unknown>): Promise<string[]> {
  const logger = api.services.db.logger;
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    seen.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe.each(engines())('job scheduler on %s', (engine) => {
  let api: TestApi;
  let replica: Replica;
  let interval: number;
  /** Both replicas' clocks: they read the same time, as NTP-synchronised hosts do. */
  const at = (ms: number) => {
    api.clock.set(new Date(ms));
    replica.clock.set(new Date(ms));
  };
  const now = () => api.clock.now().getTime();
  const province = () => api.freshLogin('province');
  const runsOf = (name: string) => api.services.db.getRepository(JobRun).find({ where: { name }, order: { id: 'ASC' } });
  const lease = (name: string) => api.services.db.getRepository(JobLease).findOneByOrFail({ name });
  const names = (runs: JobRun[]) => runs.map((r) => r.name).sort();
  const tickBoth = async () => {
    const [a, b] = await Promise.all([api.services.jobs.tick(), replica.services.jobs.tick()]);
    return { a, b, all: [...a, ...b] };
  };

  beforeAll(async () => {
    api = await startTestApi(engine);
    replica = await startReplica(api);
    interval = api.services.config.jobIntervalMs;
    expect(replica.services.jobs.instanceId).not.toBe(api.services.jobs.instanceId);
    const products = await api.ok(
      '{ myServiceProducts(first: 100) { edges { node { id published } } } }',
      {},
      await api.login('institution'),
    );
    const productId = products.myServiceProducts.edges.find((e: any) => e.node.published).node.id;
    await api.ok(
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }',
      { i: { productId, need: '需要检测服务，请告知送样要求。', contactPerson: '赵立新', contactPhone: '13831412345' } },
      await api.login('enterprise'),
    );
  });
  afterAll(async () => {
    await replica.close();
    await api.close();
  });

  it('runs each job exactly once when two replicas tick at the same moment, with the job effect applied once', async () => {
    at(T0);
    const inNotice = await api.services.db.getRepository(Application).countBy({ status: ApplicationStatus.IN_PUBLIC_NOTICE });
    const unflagged = () => api.services.db.getRepository(ServiceBooking).countBy({ overdue: false });
    const overdueBefore = await api.services.db.getRepository(ServiceBooking).countBy({ overdue: true });
    const unflaggedBefore = await unflagged();
    const admitAudits = await countRows(api, 'audit_log', "action = 'ADMIT_APPLICATION'");

    // Both replicas read the lease rows before either tries to take a job, so both see every job due and both
    // try the compare-and-set for each of them: 6 attempts, 3 winners.
    let reads = 0;
    let open!: () => void;
    const bothRead = new Promise<void>((resolve) => (open = resolve));
    const attempts: Promise<JobRun | null>[] = [];
    const spies = [api, replica].flatMap(({ services }) => {
      const jobs = services.jobs as any;
      const read = jobs.readLeases.bind(jobs);
      const acquire = jobs.acquire.bind(jobs);
      return [
        jest.spyOn(jobs, 'readLeases').mockImplementation(async () => {
          const leases = await read();
          if (++reads === 2) open();
          await bothRead;
          return leases;
        }),
        jest.spyOn(jobs, 'acquire').mockImplementation((...args: unknown[]) => {
          const attempt = acquire(...args);
          attempts.push(attempt);
          return attempt;
        }),
      ];
    });
    const first = await tickBoth().finally(() => spies.forEach((s) => s.mockRestore()));
    const won = (await Promise.all(attempts)).filter((r) => r !== null);
    expect(attempts).toHaveLength(6);
    expect(won).toHaveLength(3);
    expect(names(first.all)).toEqual(PRODUCTION_JOBS);
    expect(first.all.every((r) => r.status === JobRunStatus.SUCCEEDED && r.trigger === JobTrigger.SCHEDULED)).toBe(true);
    for (const name of PRODUCTION_JOBS) expect(await runsOf(name)).toHaveLength(1);

    // The effect: the admission job admitted each ended-notice application once, and said so.
    const admission = first.all.find((r) => r.name === 'admission')!;
    expect(inNotice).toBeGreaterThanOrEqual(1);
    expect(admission.rowsTouched).toBeGreaterThanOrEqual(1);
    const stillInNotice = await api.services.db.getRepository(Application).countBy({ status: ApplicationStatus.IN_PUBLIC_NOTICE });
    expect(inNotice - stillInNotice).toBe(admission.rowsTouched);
    expect(await countRows(api, 'audit_log', "action = 'ADMIT_APPLICATION'")).toBe(admitAudits + admission.rowsTouched!);
    const overdue = first.all.find((r) => r.name === 'overdue-bookings')!;
    expect(overdue.rowsTouched).toBeGreaterThanOrEqual(1);
    expect(await api.services.db.getRepository(ServiceBooking).countBy({ overdue: true })).toBe(overdueBefore + overdue.rowsTouched!);
    expect(await unflagged()).toBe(unflaggedBefore - overdue.rowsTouched!);

    // Every lease is free again, and the rows record who ran what.
    for (const name of PRODUCTION_JOBS) {
      const l = await lease(name);
      expect(l).toMatchObject({ holder: null, leaseUntil: null });
      expect(l.lastStartedAt!.getTime()).toBe(T0);
      const [run] = await runsOf(name);
      expect(run.id).toBe(l.lastRunId);
      expect([api.services.jobs.instanceId, replica.services.jobs.instanceId]).toContain(run.holder);
    }

    // Two more intervals, both replicas ticking together each time: one run per job per interval.
    for (const round of [1, 2]) {
      at(T0 + round * interval);
      const next = await tickBoth();
      expect(names(next.all)).toEqual(PRODUCTION_JOBS);
      for (const name of PRODUCTION_JOBS) expect(await runsOf(name)).toHaveLength(round + 1);
    }
    expect((await runsOf('admission')).slice(1).every((r) => r.rowsTouched === 0)).toBe(true); // idempotent
  });

  it('runs nothing on a second tick within the interval, and runs again once the interval has passed', async () => {
    const lastStart = T0 + 2 * interval;
    const before = await countRows(api, 'job_run');
    expect((await tickBoth()).all).toEqual([]); // same moment
    at(lastStart + interval - 1);
    expect((await tickBoth()).all).toEqual([]);
    expect(await countRows(api, 'job_run')).toBe(before);

    at(lastStart + interval); // due exactly one interval after the last start
    expect(names((await tickBoth()).all)).toEqual(PRODUCTION_JOBS);
    expect(await countRows(api, 'job_run')).toBe(before + 3);
  });

  it('takes over the job of a holder that died once its lease has expired, marking the dead run ABANDONED', async () => {
    const name = 'booking-deadlines';
    const died = now() - 1000;
    const leaseUntil = now() + 60_000;
    // A replica started the run, then its process was killed: the rows stay as it left them.
    const dead = await api.services.db.getRepository(JobRun).save({
      name,
      trigger: JobTrigger.SCHEDULED,
      status: JobRunStatus.RUNNING,
      actorId: null,
      actorUsername: null,
      holder: 'api-7f9c:4242:deadbeef',
      startedAt: new Date(died),
      finishedAt: null,
      rowsTouched: null,
      errorMessage: null,
    });
    await api.services.db
      .getRepository(JobLease)
      .update(
        { name },
        { holder: dead.holder, leaseUntil: new Date(leaseUntil), lastStartedAt: new Date(died - interval), lastRunId: dead.id },
      );

    // While the lease lasts nobody may take the job — not the scheduler, not PROVINCE.
    at(leaseUntil);
    expect(names((await tickBoth()).all)).not.toContain(name);
    const refused = await api.gql(RUN_JOB, { name }, await province());
    expect(errorCode(refused)).toBe('JOB_RUNNING');
    expect((await lease(name)).holder).toBe(dead.holder);

    at(leaseUntil + 1);
    const taken = (await tickBoth()).all.filter((r) => r.name === name);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ status: JobRunStatus.SUCCEEDED, trigger: JobTrigger.SCHEDULED });
    expect([api.services.jobs.instanceId, replica.services.jobs.instanceId]).toContain(taken[0].holder);
    const abandoned = await api.services.db.getRepository(JobRun).findOneByOrFail({ id: dead.id });
    expect(abandoned.status).toBe(JobRunStatus.ABANDONED);
    expect(abandoned.finishedAt!.getTime()).toBe(leaseUntil + 1);
    expect(abandoned.errorMessage).toMatch(/租约过期/);
    expect(await lease(name)).toMatchObject({ holder: null, leaseUntil: null, lastRunId: taken[0].id });
  });

  it('refuses run-now with JOB_RUNNING while another replica runs the job, and writes nothing', async () => {
    const started = deferred();
    const release = deferred();
    const gate: JobDefinition = {
      name: 'test-gate',
      label: '测试任务：等待放行',
      intervalMs: interval,
      run: async () => {
        started.resolve();
        await release.promise;
        return 7;
      },
    };
    api.services.jobs.register(gate);
    replica.services.jobs.register(gate);

    const replicaTick = replica.services.jobs.tick(); // its scheduled run holds the lease until released
    await started.promise;
    const token = await province();
    const runsBefore = await countRows(api, 'job_run');
    const auditsBefore = await countRows(api, 'audit_log', "action = 'RUN_JOB'");

    const refused = await api.gql(RUN_JOB, { name: 'test-gate' }, token);
    expect(errorCode(refused)).toBe('JOB_RUNNING');
    expect(refused.errors![0].message).toBe('任务“测试任务：等待放行”正在执行中（其他节点或上一次执行尚未结束），请稍后再试');
    expect(refused.data).toBeNull();
    expect(await api.services.jobs.tick()).toEqual([]); // this replica's scheduler leaves it alone too
    expect(await countRows(api, 'job_run')).toBe(runsBefore);
    expect(await countRows(api, 'audit_log', "action = 'RUN_JOB'")).toBe(auditsBefore);

    const listed = (await api.ok(JOBS, {}, token)).jobs.find((j: any) => j.name === 'test-gate');
    expect(listed).toMatchObject({ running: true, leaseHolder: replica.services.jobs.instanceId, lastRun: { status: 'RUNNING' } });
    expect(Date.parse(listed.leaseUntil)).toBe(now() + 15 * 60_000);
    // Leases are per job: another job runs meanwhile.
    expect((await api.ok(RUN_JOB, { name: 'admission' }, token)).runJob.status).toBe('SUCCEEDED');

    release.resolve();
    const [done] = await replicaTick;
    expect(done).toMatchObject({ name: 'test-gate', status: JobRunStatus.SUCCEEDED, rowsTouched: 7 });
    const after = (await api.ok(JOBS, {}, token)).jobs.find((j: any) => j.name === 'test-gate');
    expect(after).toMatchObject({ running: false, leaseHolder: null, leaseUntil: null, lastRun: { status: 'SUCCEEDED', rowsTouched: 7 } });
  });

  it('records run-now as MANUAL with the officer and an audit row; the older run-now mutations go through it too', async () => {
    const token = await province();
    const run = (await api.ok(RUN_JOB, { name: 'overdue-bookings' }, token)).runJob;
    expect(run).toMatchObject({
      name: 'overdue-bookings',
      label: '标记逾期预约',
      trigger: 'MANUAL',
      status: 'SUCCEEDED',
      actorUsername: 'province',
      holder: api.services.jobs.instanceId,
      rowsTouched: 0,
      errorMessage: null,
    });
    expect(Date.parse(run.startedAt)).toBe(now());
    const audit = await api.ok(
      'query($f: AuditLogFilter) { auditLogs(first: 10, filter: $f) { totalCount edges { node { actorUsername actorRole entityType after } } } }',
      { f: { action: 'RUN_JOB', entityId: run.id } },
      token,
    );
    expect(audit.auditLogs.totalCount).toBe(1);
    expect(audit.auditLogs.edges[0].node).toMatchObject({ actorUsername: 'province', actorRole: 'PROVINCE', entityType: 'JobRun' });
    expect(JSON.parse(audit.auditLogs.edges[0].node.after)).toMatchObject({ name: 'overdue-bookings', trigger: 'MANUAL' });

    // The job list shows the manual run as the last one; the next scheduled run is an interval after it.
    const job = (await api.ok(JOBS, {}, token)).jobs.find((j: any) => j.name === 'overdue-bookings');
    expect(job).toMatchObject({ label: '标记逾期预约', intervalSeconds: interval / 1000, running: false, lastRun: { id: run.id } });
    expect(Date.parse(job.nextDueAt)).toBe(now() + interval);

    // runAdmissionJob and flagOverdueBookings keep their answers and appear in the history as the officer's runs.
    for (const [mutation, name] of [
      ['runAdmissionJob', 'admission'],
      ['flagOverdueBookings', 'overdue-bookings'],
    ]) {
      const count = (await api.ok(`mutation { ${mutation} }`, {}, token))[mutation];
      expect(count).toBe(0);
      const latest = (await api.ok(RUNS, { name, first: 1 }, token)).jobRuns.edges[0].node;
      expect(latest).toMatchObject({ name, trigger: 'MANUAL', actorUsername: 'province', status: 'SUCCEEDED', rowsTouched: 0 });
    }
  });

  it('records a failing job as FAILED with its message truncated, releases the lease, and keeps the other jobs running', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Characters outside the BMP: the truncation must not split a surrogate pair (utf8mb4 on MySQL).
      const message = `外部数据源不可用：${'𠀀'.repeat(600)}`;
      api.services.jobs.register({
        name: 'test-failing',
        label: '测试任务：总是失败',
        intervalMs: interval,
        run: async () => {
          throw new Error(message);
        },
      });
      const token = await province();
      for (let attempt = 0; attempt < 2; attempt++) {
        const run = (await api.ok(RUN_JOB, { name: 'test-failing' }, token)).runJob; // not JOB_RUNNING the second time
        expect(run).toMatchObject({ status: 'FAILED', trigger: 'MANUAL', rowsTouched: null });
        expect(run.finishedAt).not.toBeNull();
        expect(Array.from(run.errorMessage as string)).toHaveLength(500);
        expect(run.errorMessage.startsWith('外部数据源不可用：𠀀')).toBe(true);
        expect(run.errorMessage.endsWith('…')).toBe(true);
        expect(run.errorMessage).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        expect(await lease('test-failing')).toMatchObject({ holder: null, leaseUntil: null, lastRunId: Number(run.id) });
      }
      await expect(api.services.jobs.runNowCount('test-failing', SYSTEM)).rejects.toMatchObject({
        extensions: { code: 'JOB_FAILED' },
        message: '任务“测试任务：总是失败”执行失败，原因已记入定时任务执行记录',
      });

      // Scheduled: the failure is recorded and the jobs after it still run.
      at(now() + interval);
      const runs = await api.services.jobs.tick();
      expect(runs.find((r) => r.name === 'test-failing')).toMatchObject({ status: JobRunStatus.FAILED, trigger: JobTrigger.SCHEDULED });
      expect(runs.filter((r) => r.status === JobRunStatus.SUCCEEDED).map((r) => r.name)).toEqual(expect.arrayContaining(PRODUCTION_JOBS));
      expect(consoleError).toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED', null],
    ['CITY', 'FORBIDDEN', 'chengde'],
    ['COUNTY', 'FORBIDDEN', 'pingquan'],
    ['INSTITUTION', 'FORBIDDEN', 'institution'],
    ['ENTERPRISE', 'FORBIDDEN', 'enterprise'],
    ['ANALYST', 'FORBIDDEN', 'analyst'],
  ])('lets only PROVINCE read or run jobs: %s gets %s', async (_who, code, username) => {
    const token = username ? await api.freshLogin(username) : undefined;
    const runsBefore = await countRows(api, 'job_run');
    const results: GqlResult[] = [
      await api.gql(JOBS, {}, token),
      await api.gql(RUNS, { first: 10 }, token),
      await api.gql(RUN_JOB, { name: 'admission' }, token),
      await api.gql('mutation { runAdmissionJob }', {}, token),
      await api.gql('mutation { flagOverdueBookings }', {}, token),
    ];
    for (const result of results) {
      expect(errorCode(result)).toBe(code);
      expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
      expect(result.data).toBeNull();
    }
    expect(await countRows(api, 'job_run')).toBe(runsBefore);
  });

  it('pages the history newest first by cursor, filters by job, and refuses bad input with typed errors', async () => {
    const token = await province();
    const total = await countRows(api, 'job_run');
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await api.ok(RUNS, { first: 4, after }, token)).jobRuns;
      expect(page.totalCount).toBe(total);
      seen.push(...page.edges.map((e: any) => Number(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((x, y) => y - x));

    const admission = (await api.ok(RUNS, { name: 'admission', first: 100 }, token)).jobRuns;
    expect(admission.totalCount).toBe((await runsOf('admission')).length);
    expect(admission.edges.every((e: any) => e.node.name === 'admission' && e.node.label === '公示期满入库')).toBe(true);
    expect((await api.ok(RUNS, { name: 'no-such-job' }, token)).jobRuns.totalCount).toBe(0);

    const badCursor = await api.gql(RUNS, { after: 'not-a-cursor' }, token);
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].extensions!.fields[0].field).toBe('after');
    for (const [vars, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ name: 'x'.repeat(65) }, 'name'],
    ] as const) {
      const result = await api.gql(RUNS, vars, token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields.map((f: any) => f.field)).toContain(field);
    }
    const unknown = await api.gql(RUN_JOB, { name: 'no-such-job' }, token);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toBe('定时任务不存在');
    expect(await countRows(api, 'job_run')).toBe(total);
  });

  it('answers the job list and a page of 100 runs in at most 4 SQL statements', async () => {
    const token = await province();
    const jobs = await statements(api, () => api.ok(JOBS, {}, token));
    expect(jobs.length).toBeLessThanOrEqual(4);
    const runs = await statements(api, () => api.ok(RUNS, { first: 100 }, token));
    expect(runs.length).toBeLessThanOrEqual(4);
    const ids = (await api.ok(RUNS, { first: 100 }, token)).jobRuns.edges.map((e: any) => Number(e.node.id));
    expect(await api.services.db.getRepository(JobRun).countBy({ id: In(ids) })).toBe(ids.length);
  });
});
