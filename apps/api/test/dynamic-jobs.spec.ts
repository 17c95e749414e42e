import ExcelJS from 'exceljs';
import { CASES, DECIDE, OPEN_CASE, RUN_JOB } from './dynamic-fixtures';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows } from './service-fixtures';
import { SYSTEM_ACTOR } from '../src/common/context';
import { Role } from '../src/common/enums';
import { BookingStatus, ServiceBooking } from '../src/modules/booking/booking.entity';
import { JobLease } from '../src/modules/job/job.entity';
import { REMOVAL_BATCH } from '../src/modules/removal/removal.service';

const SUMMARY = `{ reportingComplianceSummary { latestDeadline currentDeadline groupedBy total { admitted due onTime late missed notices pendingCases }
  rows { code name admitted due onTime late missed onTimeRate notices pendingCases } } }`;

/** Rows of a table that share a key with another row (must be none: the unique keys hold). */
const duplicates = async (api: TestApi, table: string, key: string) =>
  (await api.services.db.query(`SELECT ${key}, COUNT(*) AS n FROM ${table} GROUP BY ${key} HAVING COUNT(*) > 1`)).length;

/**
 * Decides every pending MISSED_REPORTS case (one meeting, effective on `effective`) through the service, then runs the
 * removal-effective job in two runners at once on that day: each case is applied exactly once, set-based (a fixed
 * number of statements per batch, not per case), its institution removed and out of the registry index, its open
 * bookings closed, one audit row and one set of notices per case; a third run finds nothing.
 */
async function removeDecidedCasesAtOnce(decider: TestApi, runners: [TestApi, TestApi], decidedOn: string, effective: string) {
  const db = decider.services.db;
  decider.clock.set(new Date(`${decidedOn}T02:00:00Z`));
  const scope = decider.services.divisions.scopeFor({ role: Role.PROVINCE, divisionCode: '130000' } as never);
  const pending: { id: number; institutionId: number }[] = await db.query(
    "SELECT id, institutionId FROM removal_case WHERE status = 'PENDING' AND reason = 'MISSED_REPORTS' ORDER BY id",
  );
  expect(pending.length).toBeGreaterThan(100);
  for (const c of pending) {
    await decider.services.removals.decide(
      scope,
      { caseId: String(c.id), meetingDate: decidedOn, meetingMinuteRef: '冀工信会纪〔2027〕6号', effectiveDate: effective },
      SYSTEM_ACTOR,
    );
  }
  const ids = pending.map((c) => c.institutionId).join(', ');
  const caseIds = pending.map((c) => c.id).join(', ');
  // Give three of them bookings to close (1, 2 and 2 open ones; a completed one stays as it is), beside the demo's.
  const [product] = await db.query('SELECT id, name FROM service_product ORDER BY id LIMIT 1');
  const [enterprise] = await db.query('SELECT id FROM enterprise ORDER BY id LIMIT 1');
  const statuses = [['REQUESTED'], ['REQUESTED', 'ACCEPTED'], ['REQUESTED', 'ACCEPTED', 'COMPLETED']] as const;
  for (const [k, c] of pending.slice(0, 3).entries()) {
    const [inst] = await db.query('SELECT divisionCode FROM institution WHERE id = ?', [c.institutionId]);
    await db.getRepository(ServiceBooking).insert(
      statuses[k].map((status) => ({
        productId: product.id,
        productName: product.name,
        institutionId: c.institutionId,
        divisionCode: inst.divisionCode,
        enterpriseId: enterprise.id,
        need: '希望了解检测服务流程和周期。',
        contactPerson: '王先生',
        contactPhone: '13800000000',
        status: status as BookingStatus,
        requestedAt: new Date(`${decidedOn}T02:00:00Z`),
        requestDate: decidedOn,
        responseDeadline: effective,
      })),
    );
  }
  const closeAudits = () => countRows(decider, 'audit_log', "action = 'CLOSE_BOOKINGS_ON_REMOVAL'");
  const closeAuditsBefore = await closeAudits();
  const openOf = () => countRows(decider, 'service_booking', `institutionId IN (${ids}) AND status IN ('REQUESTED', 'ACCEPTED')`);
  const openBefore = await openOf();
  expect(openBefore).toBeGreaterThanOrEqual(5);
  const [{ withOpen }] = await db.query(
    `SELECT COUNT(DISTINCT institutionId) AS withOpen FROM service_booking WHERE institutionId IN (${ids}) AND status IN ('REQUESTED', 'ACCEPTED')`,
  );
  const on = new Date(`${effective}T00:30:00+08:00`);
  for (const r of runners) r.clock.set(on);
  // Statements the runners send, but for the registry index's facet counters (one UPDATE per changed cell, issue #13).
  let statements = 0;
  const restore = [...new Set(runners)].map((r) => {
    const logger = r.services.db.logger;
    const original = logger.logQuery;
    logger.logQuery = function (query, parameters, runner) {
      if (!/^UPDATE registry_facet SET n = n/.test(query)) statements++;
      return original.call(this, query, parameters, runner);
    };
    return () => (logger.logQuery = original);
  });
  const applied = await Promise.all(runners.map((r) => r.services.removals.applyDueRemovals(on))).finally(() =>
    restore.forEach((f) => f()),
  );
  expect(applied[0] + applied[1]).toBe(pending.length);
  // Per batch of REMOVAL_BATCH cases a fixed set of statements (about 20), for each of the two runners: not one per case.
  expect(statements).toBeLessThan(2 * 30 * Math.ceil(pending.length / REMOVAL_BATCH) + 10);
  expect(await countRows(decider, 'removal_case', `id IN (${caseIds}) AND status = 'REMOVED' AND openInstitutionId IS NULL`)).toBe(
    pending.length,
  );
  expect(await countRows(decider, 'institution', `id IN (${ids}) AND registryStatus = 'REMOVED'`)).toBe(pending.length);
  expect(await countRows(decider, 'registry_entry', `institutionId IN (${ids})`)).toBe(0);
  expect(await openOf()).toBe(0);
  const [{ closed }] = await db.query(`SELECT SUM(closedBookings) AS closed FROM removal_case WHERE id IN (${caseIds})`);
  expect(Number(closed)).toBe(openBefore);
  expect(
    await countRows(
      decider,
      'audit_log',
      `action = 'REMOVE_INSTITUTION' AND entityId IN (${pending.map((c) => `'${c.institutionId}'`).join(', ')})`,
    ),
  ).toBe(pending.length);
  expect((await closeAudits()) - closeAuditsBefore).toBe(Number(withOpen));
  expect(await duplicates(decider, "user_notification WHERE type = 'INSTITUTION_REMOVED'", 'subjectId, userId')).toBe(0);
  expect(await duplicates(decider, "user_notification WHERE type = 'BOOKING_CLOSED'", 'subjectId, userId')).toBe(0);
  // Each removed institution's own accounts were told once, and their city bureaus (the demo has officers for some cities).
  const accounts = await countRows(decider, 'user_account', `institutionId IN (${ids}) AND active = 1`);
  expect(
    await countRows(
      decider,
      'user_notification',
      `type = 'INSTITUTION_REMOVED' AND subjectId IN (${caseIds}) AND userId IN (SELECT id FROM user_account WHERE institutionId IN (${ids}))`,
    ),
  ).toBe(accounts);
  expect(await countRows(decider, 'user_notification', `type = 'INSTITUTION_REMOVED' AND subjectId IN (${caseIds})`)).toBeGreaterThan(0);
  expect(await runners[1].services.removals.applyDueRemovals(on)).toBe(0);
}

/**
 * The escalation job (Art. 10) is set-based and idempotent: a first start finds the demo consistent, a second run
 * writes nothing, two runs at once — in one process or in two API processes on one database — write each row once.
 */
describe.each(engines())('dynamic-management jobs on %s', (engine) => {
  let api: TestApi;
  const bureauSummaries = () => countRows(api, 'user_notification', "type = 'COMPLIANCE_ESCALATED_IN_JURISDICTION'");

  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(() => api.close());

  it('on a first start the demo shows every state, and the job finds nothing to add', async () => {
    api.clock.set(TEST_NOW);
    const province = await api.freshLogin('province');
    expect((await api.ok(RUN_JOB, {}, province)).runComplianceJob).toEqual({
      date: '2026-11-27',
      noticesIssued: 0,
      casesOpened: 0,
      removalsApplied: 0,
    });
    // "Run now" goes through the scheduler: each of the two jobs leaves its run in the history.
    for (const name of ['compliance-escalation', 'removal-effective']) {
      expect(await countRows(api, 'job_run', `name = '${name}' AND \`trigger\` = 'MANUAL' AND status = 'SUCCEEDED'`)).toBe(1);
    }
    const cases = (await api.ok(CASES, {}, province)).removalCases.edges.map((e: any) => e.node);
    expect(cases.map((c: any) => [c.status, c.reason]).sort()).toEqual([
      ['PENDING', 'MISSED_REPORTS'],
      ['REMOVED', 'DATA_FRAUD'],
      ['WITHDRAWN', 'CREDIT_BLACKLIST'],
    ]);
    const bans = await api.ok('{ reentryBans(first: 10, filter: { active: true }) { totalCount } }', {}, province);
    expect(bans.reentryBans.totalCount).toBe(1);
    expect(await countRows(api, 'compliance_notice')).toBe(2);
    const waiting = async (u: string) =>
      (await api.ok('{ workQueueCounts { changeReportsToVerify removalCasesPending currentReportDue } }', {}, await api.freshLogin(u)))
        .workQueueCounts;
    expect(await waiting('chengde')).toEqual({ changeReportsToVerify: 1, removalCasesPending: 0, currentReportDue: false });
    expect(await waiting('baoding')).toEqual({ changeReportsToVerify: 1, removalCasesPending: 0, currentReportDue: false });
    expect(await waiting('province')).toEqual({ changeReportsToVerify: 0, removalCasesPending: 1, currentReportDue: false });
    expect(await waiting('institution')).toEqual({ changeReportsToVerify: 0, removalCasesPending: 0, currentReportDue: true });
    const periods = (
      await api.ok('{ serviceReportPeriods { deadline status report { status } } }', {}, await api.freshLogin('institution'))
    ).serviceReportPeriods;
    expect(periods.slice(0, 3).map((p: any) => [p.deadline, p.status, p.report?.status])).toEqual([
      ['2026-12-15', 'OPEN', 'DRAFT'],
      ['2026-09-15', 'ON_TIME', 'SUBMITTED'],
      ['2026-06-15', 'LATE', 'SUBMITTED'],
    ]);
    const summary = (await api.ok(SUMMARY, {}, province)).reportingComplianceSummary;
    expect(summary).toMatchObject({ latestDeadline: '2026-09-15', currentDeadline: '2026-12-15', groupedBy: 'CITY' });
    expect(summary.total).toMatchObject({ missed: 3, notices: 1, pendingCases: 1 });
    expect(summary.total.onTime + summary.total.late + summary.total.missed).toBe(summary.total.due);
    const chengde = (await api.ok(SUMMARY, {}, await api.freshLogin('chengde'))).reportingComplianceSummary;
    expect(chengde.groupedBy).toBe('COUNTY');
    expect(chengde.total.missed).toBe(3);
  });

  it("exports 填报监测 and the 通报 of a deadline as .xlsx with Chinese headers, in the caller's jurisdiction", async () => {
    api.clock.set(TEST_NOW);
    const get = async (path: string, user: string) => {
      const res = await fetch(api.url.replace('/graphql', path), { headers: { authorization: `Bearer ${await api.freshLogin(user)}` } });
      return { status: res.status, body: Buffer.from(await res.arrayBuffer()), name: res.headers.get('content-disposition') ?? '' };
    };
    const rowsOf = async (body: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(body as unknown as ArrayBuffer);
      const out: unknown[][] = [];
      wb.worksheets[0].eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const notices = await get('/api/exports/compliance-notices.xlsx?deadline=2026-09-15', 'province');
    expect(notices.status).toBe(200);
    expect(decodeURIComponent(notices.name)).toContain('通报名单（2026-09-15）');
    const rows = await rowsOf(notices.body);
    expect(rows[1]).toEqual([
      '序号',
      '机构名称',
      '统一社会信用代码',
      '所在地区',
      '连续未按规定填报周期数',
      '未按规定填报周期（截止日）',
      '通报日期',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[2][5]).toBe('2026-06-15 至 2026-09-15');
    expect((await rowsOf((await get('/api/exports/compliance-notices.xlsx?deadline=2026-09-15', 'baoding')).body)).length).toBe(2);
    const monitor = await get('/api/exports/reporting-compliance.xlsx?minConsecutiveMisses=1', 'chengde');
    expect(monitor.status).toBe(200);
    const m = await rowsOf(monitor.body);
    expect(m[0]).toEqual([
      '序号',
      '机构名称',
      '统一社会信用代码',
      '所在地区',
      '入库日期',
      '2025-12-15',
      '2026-03-15',
      '2026-06-15',
      '2026-09-15',
      '本期',
      '连续未按规定填报周期数',
    ]);
    expect(
      m
        .slice(1)
        .map((r) => r[10])
        .sort(),
    ).toEqual([1, 2, 3]);
    expect((await get('/api/exports/compliance-notices.xlsx?deadline=2026-10-15', 'province')).status).toBe(400);
    expect((await get('/api/exports/reporting-compliance.xlsx', 'institution')).status).toBe(403);
  });

  it('the exports check their query strings like the GraphQL inputs: typed 400 with fields, Chinese messages, nothing written', async () => {
    api.clock.set(TEST_NOW);
    const chengde = await api.freshLogin('chengde');
    const get = async (path: string, token = chengde) => {
      const res = await fetch(api.url.replace('/graphql', path), { headers: { authorization: `Bearer ${token}` } });
      const type = res.headers.get('content-type') ?? '';
      return { status: res.status, body: type.includes('json') ? ((await res.json()) as any) : null };
    };
    const institution = await api.freshLogin('institution');
    const audits = await countRows(api, 'audit_log');
    const monitor = '/api/exports/reporting-compliance.xlsx';
    const notices = '/api/exports/compliance-notices.xlsx';
    const bad: [string, string, string][] = [
      [`${monitor}?minConsecutiveMisses=abc`, 'minConsecutiveMisses', '连续未报周期数应为整数'],
      [`${monitor}?minConsecutiveMisses=1.5`, 'minConsecutiveMisses', '连续未报周期数应为整数'],
      [`${monitor}?minConsecutiveMisses=9`, 'minConsecutiveMisses', '连续未填报周期数应为1–8'],
      [`${monitor}?minConsecutiveMisses=0`, 'minConsecutiveMisses', '连续未填报周期数应为1–8'],
      [`${monitor}?divisionCode=1308`, 'divisionCode', '区划代码应为6位数字'],
      [`${monitor}?divisionCode=139999`, 'divisionCode', '区划代码不存在'],
      [`${monitor}?latestStatus=OPEN`, 'latestStatus', '周期状态无效'],
      [`${monitor}?currentSubmitted=yes`, 'currentSubmitted', '应为是或否（true 或 false）'],
      [`${monitor}?text=a&text=b`, 'text', '参数只能出现一次'],
      [`${monitor}?text=${'检'.repeat(51)}`, 'text', '搜索词最多50字'],
      [notices, 'deadline', '请指定通报所属截止日'],
      [`${notices}?deadline=2026-9-15`, 'deadline', '截止日格式应为 YYYY-MM-DD'],
      [`${notices}?deadline=2026-10-15`, 'deadline', '截止日应为3月15日、6月15日、9月15日或12月15日'],
      [`${notices}?deadline=2026-09-15&deadline=2026-06-15`, 'deadline', '参数只能出现一次'],
      [`${notices}?deadline=2026-09-15&divisionCode=abc`, 'divisionCode', '区划代码应为6位数字'],
    ];
    for (const [path, field, message] of bad) {
      const { status, body } = await get(path);
      expect([path, status, body?.error?.code]).toEqual([path, 400, 'BAD_USER_INPUT']);
      expect(body.error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, message })]));
    }
    // Who may not export is told so first, whatever the parameters.
    expect((await get(`${monitor}?minConsecutiveMisses=abc`, institution)).status).toBe(403);
    expect((await get(`${notices}?deadline=x`, institution)).status).toBe(403);
    expect(await countRows(api, 'audit_log')).toBe(audits);
    // The screen's other filters now reach the export too.
    expect((await get(`${monitor}?latestStatus=MISSED&currentSubmitted=false&minConsecutiveMisses=1`)).status).toBe(200);
    expect((await get(`${notices}?deadline=2026-09-15&divisionCode=130800`)).status).toBe(200);
  });

  it('runComplianceJob takes both leases before running either: one held elsewhere → JOB_RUNNING, nothing ran', async () => {
    api.clock.set(TEST_NOW);
    const province = await api.freshLogin('province');
    const leases = api.services.db.getRepository(JobLease);
    const runs = () => countRows(api, 'job_run');
    const runsBefore = await runs();
    const auditsBefore = await countRows(api, 'audit_log', "action = 'RUN_JOB'");
    // Another replica holds the second job (removal-effective) for the next hour.
    await leases.update(
      { name: 'removal-effective' },
      { holder: 'another-replica', leaseUntil: new Date(Date.parse(TEST_NOW) + 3_600_000) },
    );
    const refused = await api.gql<any>(RUN_JOB, {}, province);
    expect(errorCode(refused)).toBe('JOB_RUNNING');
    expect(refused.errors![0].message).toContain('移出决定到期生效');
    expect(await runs()).toBe(runsBefore);
    expect(await countRows(api, 'audit_log', "action = 'RUN_JOB'")).toBe(auditsBefore);
    expect(await leases.findOneByOrFail({ name: 'compliance-escalation' })).toMatchObject({ holder: null, leaseUntil: null });
    // The same for the first job held: nothing of the second runs either.
    await leases.update({ name: 'removal-effective' }, { holder: null, leaseUntil: null });
    await leases.update(
      { name: 'compliance-escalation' },
      { holder: 'another-replica', leaseUntil: new Date(Date.parse(TEST_NOW) + 3_600_000) },
    );
    expect(errorCode(await api.gql<any>(RUN_JOB, {}, province))).toBe('JOB_RUNNING');
    expect(await runs()).toBe(runsBefore);
    expect(await leases.findOneByOrFail({ name: 'removal-effective' })).toMatchObject({ holder: null, leaseUntil: null });
    // Both free: both run, each leaves its run, both leases are released.
    await leases.update({ name: 'compliance-escalation' }, { holder: null, leaseUntil: null });
    expect((await api.ok(RUN_JOB, {}, province)).runComplianceJob).toMatchObject({ noticesIssued: 0, casesOpened: 0, removalsApplied: 0 });
    expect(await runs()).toBe(runsBefore + 2);
    expect(await countRows(api, 'audit_log', "action = 'RUN_JOB'")).toBe(auditsBefore + 2);
    expect(await countRows(api, 'job_lease', "holder IS NOT NULL AND name IN ('compliance-escalation', 'removal-effective')")).toBe(0);
  });

  it('a removal decided for a later date takes effect on that date, once, whoever runs the job', async () => {
    api.clock.set(TEST_NOW);
    const province = await api.freshLogin('province');
    const [target] = await api.services.db.query(
      "SELECT i.id FROM institution i WHERE i.registryStatus = 'ADMITTED' AND NOT EXISTS (SELECT 1 FROM removal_case c WHERE c.institutionId = i.id) ORDER BY i.id DESC LIMIT 1",
    );
    const opened = await api.ok(
      OPEN_CASE,
      { i: { institutionId: String(target.id), reason: 'VOLUNTARY', description: '该机构因业务调整，书面申请退出服务资源库。' } },
      province,
    );
    const decided = await api.ok(DECIDE, { i: { caseId: opened.openRemovalCase.id, effectiveDate: '2026-12-01' } }, province);
    expect(decided.decideRemovalCase).toMatchObject({ status: 'DECIDED', banUntil: null });
    expect(await api.services.removals.applyDueRemovals(new Date('2026-11-30T02:00:00Z'))).toBe(0);
    const on = new Date('2026-11-30T16:00:00Z'); // 2026-12-01 00:00 in Beijing
    api.clock.set(on);
    const applied = await Promise.all([api.services.removals.applyDueRemovals(on), api.services.removals.applyDueRemovals(on)]);
    expect(applied[0] + applied[1]).toBe(1);
    expect(await countRows(api, 'audit_log', `action = 'REMOVE_INSTITUTION' AND entityId = '${target.id}'`)).toBe(1);
    const [row] = await api.services.db.query('SELECT registryStatus FROM institution WHERE id = ?', [target.id]);
    expect(row.registryStatus).toBe('REMOVED');
  });

  it('two runs at once write each 通报 once, and announce it once', async () => {
    // By 2027-03-16 nobody has reported for 2026-12-15 and 2027-03-15: a run of 2 for every institution admitted before.
    const now = new Date('2027-03-16T02:00:00Z');
    api.clock.set(now);
    const summariesBefore = await bureauSummaries();
    const [a, b] = await Promise.all([api.services.compliance.escalate(now), api.services.compliance.escalate(now)]);
    const written = await countRows(api, 'compliance_notice', "issuedOn = '2027-03-16'");
    expect(written).toBeGreaterThan(100);
    expect(a.noticesIssued + b.noticesIssued).toBe(written);
    expect(await duplicates(api, 'compliance_notice', 'institutionId, deadline')).toBe(0);
    // Each city bureau heard of this run once (only the run that wrote rows announces them).
    const summaries = (await bureauSummaries()) - summariesBefore;
    const again = await api.services.compliance.escalate(now);
    expect(again).toEqual({ date: '2027-03-16', noticesIssued: 0, casesOpened: 0 });
    expect((await bureauSummaries()) - summariesBefore).toBe(summaries);
    expect(summaries).toBeGreaterThan(0);
    expect(summaries).toBeLessThanOrEqual(16); // the province and at most one officer per city bureau of the demo
  });

  it('a third miss opens one case per institution; running again or twice at once writes nothing more', async () => {
    const now = new Date('2027-06-16T02:00:00Z');
    api.clock.set(now);
    const [a, b] = await Promise.all([api.services.compliance.escalate(now), api.services.compliance.escalate(now)]);
    const cases = await countRows(api, 'removal_case', "openedOn = '2027-06-16'");
    expect(cases).toBeGreaterThan(100);
    expect(a.casesOpened + b.casesOpened).toBe(cases);
    expect(await duplicates(api, 'removal_case', 'openInstitutionId')).toBe(1); // the NULLs of closed cases
    expect(await countRows(api, 'removal_case', "status IN ('PENDING', 'DECIDED') AND openInstitutionId IS NULL")).toBe(0);
    expect(await duplicates(api, 'removal_case', 'institutionId, triggerDeadline')).toBe(0);
    expect((await api.services.compliance.escalate(now)).casesOpened).toBe(0);
  });

  it('the removal job applies every due case once, set-based in batches, when two runs start at once', async () => {
    await removeDecidedCasesAtOnce(api, [api, api], '2027-06-17', '2027-06-21');
  });
});

/** Two API processes on one MySQL database (issue #9): the job runs in both at once and writes each row once. */
describe.each(engines().filter((e) => e === 'mysql'))('dynamic-management jobs in two API processes on one %s database', (engine) => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    first = await startTestApi(engine);
    second = await startTestApi(engine, { replicaOf: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('both replicas ask for the job at the same moment: each 通报 and each case is written once, and announced once', async () => {
    for (const [instant, table, min] of [
      ['2027-03-16T02:00:00Z', 'compliance_notice', 100],
      ['2027-06-16T02:00:00Z', 'removal_case', 100],
    ] as const) {
      first.clock.set(instant);
      second.clock.set(instant);
      const before = await countRows(first, 'user_notification');
      const tokens = await Promise.all([first.freshLogin('province'), second.freshLogin('province')]);
      const answers = await Promise.all([first.gql<any>(RUN_JOB, {}, tokens[0]), second.gql<any>(RUN_JOB, {}, tokens[1])]);
      // The scheduler's lease lets one run at a time: the other is refused (JOB_RUNNING) or runs after it and finds nothing.
      for (const answer of answers) if (answer.errors) expect(errorCode(answer)).toBe('JOB_RUNNING');
      const ran = answers.filter((answer) => !answer.errors).map((answer) => answer.data.runComplianceJob);
      expect(ran.length).toBeGreaterThan(0);
      const rows = await countRows(first, table, `${table === 'compliance_notice' ? 'issuedOn' : 'openedOn'} = '${instant.slice(0, 10)}'`);
      expect(rows).toBeGreaterThan(min);
      const written = ran.reduce((n, r) => n + (table === 'compliance_notice' ? r.noticesIssued : r.casesOpened), 0);
      expect(written).toBe(rows);
      expect(await duplicates(first, 'compliance_notice', 'institutionId, deadline')).toBe(0);
      expect(await duplicates(first, 'removal_case', 'institutionId, triggerDeadline')).toBe(0);
      // One run wrote the rows and told people; the other wrote nothing and told nobody.
      const told = (await countRows(first, 'user_notification')) - before;
      const [again] = await Promise.all([second.ok(RUN_JOB, {}, tokens[1])]);
      expect(again.runComplianceJob).toMatchObject({ noticesIssued: 0, casesOpened: 0 });
      expect((await countRows(first, 'user_notification')) - before).toBe(told);
    }
  });

  it('both replicas run the removal job at once: every due case is applied by exactly one of them', async () => {
    await removeDecidedCasesAtOnce(first, [first, second], '2027-06-17', '2027-06-21');
  });
});
