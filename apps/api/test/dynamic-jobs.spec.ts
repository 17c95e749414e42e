import ExcelJS from 'exceljs';
import { CASES, DECIDE, OPEN_CASE, RUN_JOB } from './dynamic-fixtures';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows } from './service-fixtures';

const SUMMARY = `{ reportingComplianceSummary { latestDeadline currentDeadline groupedBy total { admitted due onTime late missed notices pendingCases }
  rows { code name admitted due onTime late missed onTimeRate notices pendingCases } } }`;

/** Rows of a table that share a key with another row (must be none: the unique keys hold). */
const duplicates = async (api: TestApi, table: string, key: string) =>
  (await api.services.db.query(`SELECT ${key}, COUNT(*) AS n FROM ${table} GROUP BY ${key} HAVING COUNT(*) > 1`)).length;

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
});
