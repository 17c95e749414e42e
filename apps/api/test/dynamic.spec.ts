import { APPLICANT_PASSWORD, createOpenBatch, ELIGIBLE_FORM, PDF, upload } from './factories';
import {
  admitThroughJoining,
  CASES,
  DECIDE,
  HISTORY,
  OPEN_CASE,
  PERIODS,
  REPORT_CONTENT,
  RUN_JOB,
  SAVE_REPORT,
  SUBMIT_REPORT,
} from './dynamic-fixtures';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows, otherInstitutionAccount } from './service-fixtures';
import { sqlDate } from '../src/common/sql';

const NAME = '平泉市动态管理测试检测有限公司';
const NOTICES = `query($d: String!) { complianceNotices(deadline: $d, first: 100) { totalCount edges { node {
  institutionId institutionName deadline runStartDeadline missedCount issuedOn } } } }`;
const MONITOR = `query($f: ReportingComplianceFilter) { reportingCompliance(first: 100, filter: $f) { totalCount edges { node {
  institutionId institutionName consecutiveMisses periods { deadline status } current { deadline status } } } } }`;
const BROWSE = `query($f: BrowseFilter) { browseInstitutions(first: 20, filter: $f) { totalCount facets { natures { code count } } } }`;

/**
 * Issue #9, "Done when": an institution admitted in 2025 that skips two deadlines gets exactly one 通报, a third miss
 * opens exactly one case, PROVINCE decides it and the institution disappears from browsing (its products stop taking
 * bookings, open bookings close with a notice); a DATA_FRAUD removal blocks a new application until the ban ends.
 */
describe.each(engines())('dynamic management on %s', (engine) => {
  let api: TestApi;
  let inst: { username: string; institutionId: string; applicationId: string };
  let productId: string;
  let bookingId: string;

  const at = async (instant: string, username: string, password?: string) => {
    api.clock.set(instant);
    return api.freshLogin(username, password);
  };
  const own = (instant: string) => at(instant, inst.username, APPLICANT_PASSWORD);
  const runJob = async (instant: string) => (await api.ok(RUN_JOB, {}, await at(instant, 'province'))).runComplianceJob;
  const noticesOf = () => countRows(api, 'compliance_notice', `institutionId = ${Number(inst.institutionId)}`);
  const casesOf = () => countRows(api, 'removal_case', `institutionId = ${Number(inst.institutionId)}`);
  const submit = async (token: string, deadline: string) => api.gql(SUBMIT_REPORT, { i: { deadline, ...REPORT_CONTENT } }, token);

  beforeAll(async () => {
    api = await startTestApi(engine);
    // Admitted through the real joining flow: notice 2025-06-09 … 06-13, admitted 2025-06-14 → first deadline 2025-06-15.
    inst = await admitThroughJoining(api, '2025-06-09T02:00:00Z', NAME, '2025-06-16T02:00:00Z');
  });
  afterAll(() => api.close());

  it('admission opens the first period: the first deadline strictly after the admission date, with a countdown', async () => {
    const token = await own('2025-06-16T02:00:00Z');
    const [admitted] = await api.services.db.query('SELECT admittedOn FROM institution WHERE id = ?', [Number(inst.institutionId)]);
    expect(sqlDate(admitted.admittedOn)).toBe('2025-06-14');
    api.clock.set('2025-06-14T02:00:00Z');
    const periods = (await api.ok(PERIODS, {}, token)).serviceReportPeriods;
    expect(periods.map((p: any) => [p.deadline, p.status, p.current, p.daysLeft, p.periodStart])).toEqual([
      ['2025-06-15', 'OPEN', true, 1, '2025-06-14'],
    ]);
  });

  it('a report submitted on the 15th (Beijing time, even 23:59) is on time; the booking figures are frozen with it', async () => {
    let token = await own('2025-06-15T02:00:00Z');
    const saved = (await api.ok(SAVE_REPORT, { i: { deadline: '2025-06-15', servicesDelivered: 3 } }, token)).saveServiceReport;
    expect(saved).toMatchObject({ status: 'DRAFT', onTime: false, submittedOn: null });
    const first = await submit(token, '2025-06-15');
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitServiceReport).toMatchObject({
      status: 'SUBMITTED',
      submittedOn: '2025-06-15',
      onTime: true,
      bookingsReceived: 0,
    });
    // 2025-09-15 23:59 in Beijing is 15:59 UTC: still the 15th.
    token = await own('2025-09-15T15:59:00Z');
    expect((await submit(token, '2025-09-15')).data!.submitServiceReport).toMatchObject({ submittedOn: '2025-09-15', onTime: true });
    // Editable until the deadline, not after.
    const edited = await api.gql(
      SAVE_REPORT,
      { i: { deadline: '2025-09-15', narrative: '本期修改：补充了公益服务活动情况，服务企业数量不变。' } },
      token,
    );
    expect(edited.errors).toBeUndefined();
    token = await own('2025-09-16T02:00:00Z');
    const late = await api.gql(SAVE_REPORT, { i: { deadline: '2025-09-15', servicesDelivered: 99 } }, token);
    expect(errorCode(late)).toBe('REPORT_CLOSED');
  });

  it('one miss is only marked; the second consecutive miss gives exactly one 通报, however often the job runs', async () => {
    const before = await runJob('2025-12-16T02:00:00Z');
    expect(before.date).toBe('2025-12-16');
    expect(await noticesOf()).toBe(0);

    // 2026-03-15 16:30 UTC is 2026-03-16 00:30 in Beijing: the 2026-03-15 period has closed unreported.
    await runJob('2026-03-15T16:30:00Z');
    expect(await noticesOf()).toBe(1);
    await runJob('2026-03-16T02:00:00Z');
    await runJob('2026-04-01T02:00:00Z');
    expect(await noticesOf()).toBe(1);
    const [row] = await api.services.db.query(
      'SELECT deadline, runStartDeadline, missedCount FROM compliance_notice WHERE institutionId = ?',
      [Number(inst.institutionId)],
    );
    expect([sqlDate(row.deadline), sqlDate(row.runStartDeadline), Number(row.missedCount)]).toEqual(['2026-03-15', '2025-12-15', 2]);
    const list = (await api.ok(NOTICES, { d: '2026-03-15' }, await at('2026-04-01T02:00:00Z', 'province'))).complianceNotices;
    expect(list.edges.map((e: any) => e.node).filter((n: any) => n.institutionId === inst.institutionId)).toEqual([
      expect.objectContaining({ deadline: '2026-03-15', runStartDeadline: '2025-12-15', missedCount: 2, issuedOn: '2026-03-16' }),
    ]);
    const chengde = (await api.ok(NOTICES, { d: '2026-03-15' }, await api.freshLogin('chengde'))).complianceNotices;
    expect(chengde.edges.some((e: any) => e.node.institutionId === inst.institutionId)).toBe(true);
    const baoding = (await api.ok(NOTICES, { d: '2026-03-15' }, await api.freshLogin('baoding'))).complianceNotices;
    expect(baoding.edges.some((e: any) => e.node.institutionId === inst.institutionId)).toBe(false);
    // The institution is told once.
    const bell = await api.ok('{ myNotifications(first: 100) { edges { node { type body } } } }', {}, await own('2026-04-01T02:00:00Z'));
    const told = bell.myNotifications.edges.filter((e: any) => e.node.type === 'COMPLIANCE_NOTICE_ISSUED');
    expect(told).toHaveLength(1);
    expect(told[0].node.body).toContain('2025-12-15、2026-03-15');
  });

  it('a late report is kept and marked late, still counts as missed, and cannot be re-submitted to become on time', async () => {
    const token = await own('2026-04-01T02:00:00Z');
    const late = (await submit(token, '2026-03-15')).data!.submitServiceReport;
    expect(late).toMatchObject({ status: 'SUBMITTED', submittedOn: '2026-04-01', onTime: false });
    const again = await submit(token, '2026-03-15');
    expect(errorCode(again)).toBe('REPORT_CLOSED');
    expect(again.errors![0].message).toContain('逾期补报仍计为未按规定填报');
    const periods = (await api.ok(PERIODS, {}, token)).serviceReportPeriods;
    expect(periods.map((p: any) => [p.deadline, p.status])).toEqual([
      ['2026-06-15', 'OPEN'],
      ['2026-03-15', 'LATE'],
      ['2025-12-15', 'MISSED'],
      ['2025-09-15', 'ON_TIME'],
      ['2025-06-15', 'ON_TIME'],
    ]);
  });

  it('the third consecutive miss opens exactly one removal case (MISSED_REPORTS) and no second 通报', async () => {
    // A published product and an open booking, to see what removal does to them.
    const token = await own('2026-04-02T02:00:00Z');
    const product = await api.ok(
      'mutation($i: ServiceProductInput!) { createServiceProduct(input: $i) { id } }',
      {
        i: {
          name: '动态管理测试检验服务',
          categoryCode: 'TESTING_INSPECTION',
          nature: 'FREE',
          content: '机械零部件检验检测服务',
          published: true,
        },
      },
      token,
    );
    productId = product.createServiceProduct.id;
    await api.ok('mutation($id: ID!) { setServiceProductPublished(id: $id, published: true) { id } }', { id: productId }, token);
    const booked = await api.ok(
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id status } }',
      { i: { productId, need: '需要检验一批齿轮轴的硬度', contactPerson: '赵立新', contactPhone: '13831412345' } },
      await at('2026-06-10T02:00:00Z', 'enterprise'),
    );
    bookingId = booked.bookService.id;

    const result = await runJob('2026-06-16T02:00:00Z');
    expect(result.casesOpened).toBeGreaterThanOrEqual(1);
    expect(await casesOf()).toBe(1);
    expect(await noticesOf()).toBe(1);
    await runJob('2026-06-16T08:00:00Z');
    await runJob('2026-06-18T02:00:00Z');
    expect(await casesOf()).toBe(1);
    expect(await noticesOf()).toBe(1);
    const cases = (await api.ok(CASES, { f: { institutionId: inst.institutionId } }, await api.freshLogin('province'))).removalCases;
    expect(cases.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        reason: 'MISSED_REPORTS',
        source: 'SYSTEM',
        triggerDeadline: '2026-06-15',
        runStartDeadline: '2025-12-15',
        needsMeeting: true,
        bansReentry: false,
      }),
    ]);
    const monitor = (await api.ok(MONITOR, { f: { minConsecutiveMisses: 3, text: '动态管理测试' } }, await api.freshLogin('chengde')))
      .reportingCompliance;
    expect(monitor.edges.map((e: any) => e.node)).toEqual([
      {
        institutionId: inst.institutionId,
        institutionName: NAME,
        consecutiveMisses: 3,
        periods: [
          { deadline: '2025-09-15', status: 'ON_TIME' },
          { deadline: '2025-12-15', status: 'MISSED' },
          { deadline: '2026-03-15', status: 'LATE' },
          { deadline: '2026-06-15', status: 'MISSED' },
        ],
        current: { deadline: '2026-09-15', status: 'OPEN' },
      },
    ]);
  });

  it('PROVINCE decides at a meeting; on the effective date the institution leaves browsing and its facets, bookings close', async () => {
    const province = await at('2026-06-20T02:00:00Z', 'province');
    const visible = (await api.ok(BROWSE, { f: { text: '动态管理测试检测' } })).browseInstitutions;
    expect(visible.totalCount).toBe(1);
    const facetsBefore = (await api.ok(BROWSE, {})).browseInstitutions;
    const caseRow = (await api.ok(CASES, { f: { institutionId: inst.institutionId } }, province)).removalCases.edges[0].node;

    const noMeeting = await api.gql(DECIDE, { i: { caseId: caseRow.id, effectiveDate: '2026-06-20' } }, province);
    expect(errorCode(noMeeting)).toBe('BAD_USER_INPUT');
    expect(noMeeting.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual(['meetingDate', 'meetingMinuteRef']);
    const decided = await api.ok(
      DECIDE,
      {
        i: {
          caseId: caseRow.id,
          expectedVersion: caseRow.version,
          meetingDate: '2026-06-19',
          meetingMinuteRef: '冀工信中小〔2026〕18号',
          effectiveDate: '2026-06-20',
        },
      },
      province,
    );
    expect(decided.decideRemovalCase).toMatchObject({ status: 'REMOVED', effectiveDate: '2026-06-20', banUntil: null, closedBookings: 1 });

    expect((await api.ok(BROWSE, { f: { text: '动态管理测试检测' } })).browseInstitutions.totalCount).toBe(0);
    const facetsAfter = (await api.ok(BROWSE, {})).browseInstitutions;
    expect(facetsAfter.totalCount).toBe(facetsBefore.totalCount - 1);
    const sum = (r: any) => r.facets.natures.reduce((t: number, n: any) => t + n.count, 0);
    expect(sum(facetsAfter)).toBe(sum(facetsBefore) - 1);

    const enterprise = await api.freshLogin('enterprise');
    const book = await api.gql(
      'mutation($i: BookServiceInput!) { bookService(input: $i) { id } }',
      { i: { productId, need: '再次预约检验服务', contactPerson: '赵立新', contactPhone: '13831412345' } },
      enterprise,
    );
    // Main's rule (issue #8): a product of an institution no longer in the registry answers like a missing id.
    expect(errorCode(book)).toBe('NOT_FOUND');
    const booking = await api.ok('query($id: ID!) { booking(id: $id) { status closedAt closeReason } }', { id: bookingId }, enterprise);
    expect(booking.booking).toMatchObject({ status: 'CLOSED', closeReason: '服务机构已移出服务资源库' });
    const bell = await api.ok('{ myNotifications(first: 20) { edges { node { type subjectId } } } }', {}, enterprise);
    expect(bell.myNotifications.edges.filter((e: any) => e.node.type === 'BOOKING_CLOSED' && e.node.subjectId === bookingId)).toHaveLength(
      1,
    );

    // Nothing more to report, and no change reports from a removed institution.
    const token = await own('2026-06-21T02:00:00Z');
    expect(errorCode(await submit(token, '2026-09-15'))).toBe('INSTITUTION_NOT_ADMITTED');
    const change = await api.gql(
      'mutation($i: ChangeReportInput!) { submitChangeReport(input: $i) { id } }',
      {
        i: {
          type: 'RENAME',
          changeDate: '2026-06-01',
          description: '单位名称变更，已完成工商变更登记。',
          changes: [{ field: 'name', after: '新名称有限公司' }],
        },
      },
      token,
    );
    expect(errorCode(change)).toBe('INSTITUTION_NOT_ADMITTED');
  });

  it('keeps one timeline: admission, reports on time / late / missed, 通报, the case, its decision and the removal', async () => {
    const history = (await api.ok(HISTORY, { id: inst.institutionId }, await at('2026-06-21T02:00:00Z', 'chengde'))).institutionHistory;
    expect(history.map((h: any) => [h.date, h.kind])).toEqual([
      ['2025-06-14', 'ADMITTED'],
      ['2025-06-15', 'REPORT_ON_TIME'],
      ['2025-09-15', 'REPORT_ON_TIME'],
      ['2025-12-15', 'REPORT_MISSED'],
      ['2026-03-16', 'COMPLIANCE_NOTICE'],
      ['2026-04-01', 'REPORT_LATE'],
      ['2026-06-15', 'REPORT_MISSED'],
      ['2026-06-16', 'REMOVAL_CASE_OPENED'],
      ['2026-06-20', 'REMOVAL_DECIDED'],
      ['2026-06-20', 'REMOVED'],
    ]);
    // Out of jurisdiction answers like a missing id.
    const hidden = await api.gql(HISTORY, { id: inst.institutionId }, await api.freshLogin('baoding'));
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });

  it('a DATA_FRAUD removal bars a new application until the ban ends (E9 names the end date), and the ban register lists it', async () => {
    const fraud = await otherInstitutionAccount(api, `fraud${engine}`);
    const province = await at(TEST_NOW, 'province');
    const opened = await api.ok(
      OPEN_CASE,
      {
        i: {
          institutionId: String(fraud.institutionId),
          reason: 'DATA_FRAUD',
          description: '抽查发现其申报的服务企业名单与实际不符，存在数据造假。',
        },
      },
      province,
    );
    const removed = await api.ok(DECIDE, { i: { caseId: opened.openRemovalCase.id, effectiveDate: '2026-11-27' } }, province);
    expect(removed.decideRemovalCase).toMatchObject({ status: 'REMOVED', banUntil: '2028-11-27' });
    const bans = await api.ok(
      '{ reentryBans(first: 100) { edges { node { institutionId reason removedOn banUntil active } } } }',
      {},
      province,
    );
    expect(bans.reentryBans.edges.map((e: any) => e.node)).toContainEqual({
      institutionId: String(fraud.institutionId),
      reason: 'DATA_FRAUD',
      removedOn: '2026-11-27',
      banUntil: '2028-11-27',
      active: true,
    });

    const token = await api.freshLogin(fraud.username);
    const batchId = await createOpenBatch(api, `禁入测试批次${engine}`, '2028-12-31', '2029-01-05');
    const created = await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, token);
    const id = created.createApplication.id;
    await api.ok(
      'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
      { id, i: ELIGIBLE_FORM },
      token,
    );
    for (let slot = 1; slot <= 11; slot++) expect((await upload(api, token, id, slot, PDF)).status).toBe(201);
    const SUBMIT = 'mutation($id: ID!) { submitApplication(id: $id) { status } }';
    const STATUS = 'query($id: ID!) { application(id: $id) { status } }';
    for (const instant of [TEST_NOW, '2028-11-27T02:00:00Z']) {
      const refused = await api.gql(SUBMIT, { id }, await at(instant, fraud.username));
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      const e9 = refused.errors![0].extensions!.fields.find((f: any) => f.field === 'E9');
      expect(e9).toMatchObject({ code: 'E9_FAIL' });
      expect(e9.message).toContain('2028-11-27');
      expect((await api.ok(STATUS, { id }, await api.freshLogin(fraud.username))).application.status).toBe('DRAFT');
    }
    const allowed = await api.gql(SUBMIT, { id }, await at('2028-11-28T02:00:00Z', fraud.username));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.submitApplication.status).toBe('SUBMITTED');
  });
});
