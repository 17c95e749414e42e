import { CASES, DECIDE, OPEN_CASE, REPORT_CONTENT, SAVE_REPORT, SUBMIT_REPORT, WITHDRAW } from './dynamic-fixtures';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows } from './service-fixtures';

/** Issue #9 "Bad input": each refused with a typed error and a Chinese message, and nothing written. */
describe.each(engines())('dynamic management bad input on %s', (engine) => {
  let api: TestApi;
  const written = async () => [
    await countRows(api, 'service_report'),
    await countRows(api, 'removal_case'),
    await countRows(api, 'compliance_notice'),
    await countRows(api, 'user_notification'),
    await countRows(api, 'audit_log', "action NOT LIKE 'LOGIN%'"),
  ];

  beforeAll(async () => {
    api = await startTestApi(engine);
    api.clock.set(TEST_NOW);
  });
  afterAll(() => api.close());

  it.each([
    ['a period not yet open', { deadline: '2027-03-15' }, 'REPORT_PERIOD_NOT_OPEN', '尚未开始'],
    ['a date that is not a deadline', { deadline: '2026-10-15' }, 'REPORT_NOT_A_DEADLINE', '3月15日'],
    ['a period before admission', { deadline: '2025-06-15' }, 'REPORT_BEFORE_ADMISSION', '第一个填报周期'],
    [
      'a submitted period after its deadline (re-submitting to become on time)',
      { deadline: '2026-09-15' },
      'REPORT_CLOSED',
      '逾期补报仍计为未按规定填报',
    ],
    ['a late report submitted again', { deadline: '2026-06-15' }, 'REPORT_CLOSED', '不能再修改或重新提交'],
    [
      'more point-to-point enterprises than enterprises',
      { deadline: '2026-12-15', enterprisesServed: 3, pointToPointServed: 4 },
      'BAD_USER_INPUT',
      '点对点',
    ],
    ['a negative count', { deadline: '2026-12-15', servicesDelivered: -1 }, 'BAD_USER_INPUT', '不能为负数'],
  ])('quarterly report: %s', async (_name, input, code, message) => {
    const token = await api.freshLogin('institution');
    const before = await written();
    for (const mutation of [SAVE_REPORT, SUBMIT_REPORT]) {
      const r = await api.gql(mutation, { i: { ...REPORT_CONTENT, ...input } }, token);
      expect(errorCode(r)).toBe(code);
      expect(r.errors![0].message).toContain(message);
    }
    expect(await written()).toEqual(before);
  });

  it('an incomplete report is saved as a draft but not submitted (field errors)', async () => {
    const token = await api.freshLogin('institution');
    const before = await written();
    const r = await api.gql(
      SUBMIT_REPORT,
      { i: { deadline: '2026-12-15', narrative: '', servicesDelivered: null, serviceRevenue: null } },
      token,
    );
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual(
      expect.arrayContaining(['servicesDelivered', 'serviceRevenue', 'narrative']),
    );
    expect(await written()).toEqual(before);
  });

  it('officers and enterprises cannot write reports; an officer reads only submitted reports', async () => {
    for (const u of ['province', 'chengde', 'enterprise', 'analyst']) {
      const r = await api.gql(SAVE_REPORT, { i: { deadline: '2026-12-15' } }, await api.freshLogin(u));
      expect(errorCode(r)).toBe('FORBIDDEN');
    }
    const id = (await api.ok('{ me { institutionId } }', {}, await api.freshLogin('institution'))).me.institutionId;
    const PERIODS = 'query($id: ID) { serviceReportPeriods(institutionId: $id) { deadline report { status } } }';
    const asCity = (await api.ok(PERIODS, { id }, await api.freshLogin('chengde'))).serviceReportPeriods;
    expect(asCity[0]).toEqual({ deadline: '2026-12-15', report: null }); // the institution's draft stays its own
    expect(errorCode(await api.gql(PERIODS, { id }, await api.freshLogin('baoding')))).toBe('NOT_FOUND');
  });

  it('removal cases: reasons the job owns, institutions not in the registry, a second open case, bad decisions', async () => {
    const province = await api.freshLogin('province');
    const pending = (await api.ok(CASES, { f: { statuses: ['PENDING'] } }, province)).removalCases.edges[0].node;
    const [applicant] = await api.services.db.query("SELECT id FROM institution WHERE registryStatus = 'APPLICANT' ORDER BY id LIMIT 1");
    const [removed] = await api.services.db.query("SELECT id FROM institution WHERE registryStatus = 'REMOVED' ORDER BY id LIMIT 1");
    const before = await written();
    const open = (institutionId: unknown, reason: string) =>
      api.gql(
        OPEN_CASE,
        { i: { institutionId: String(institutionId), reason, description: '依据第十二条第二款发起移出。经核查属实。' } },
        province,
      );
    expect(errorCode(await open(pending.institution.id, 'MISSED_REPORTS'))).toBe('REMOVAL_REASON_NOT_OPENABLE');
    expect(errorCode(await open(pending.institution.id, 'EVALUATION_FAILED'))).toBe('REMOVAL_REASON_NOT_OPENABLE');
    const twice = await open(pending.institution.id, 'DATA_FRAUD');
    expect(errorCode(twice)).toBe('REMOVAL_CASE_ALREADY_OPEN');
    expect(twice.errors![0].message).toContain('每家机构同时只能有一个');
    expect(errorCode(await open(applicant.id, 'DATA_FRAUD'))).toBe('INSTITUTION_NOT_ADMITTED');
    expect(errorCode(await open(removed.id, 'DATA_FRAUD'))).toBe('INSTITUTION_NOT_ADMITTED');
    expect(errorCode(await open(987654321, 'DATA_FRAUD'))).toBe('NOT_FOUND');
    const decide = (input: Record<string, unknown>) => api.gql(DECIDE, { i: { caseId: pending.id, ...input } }, province);
    const past = await decide({ meetingDate: '2026-11-20', meetingMinuteRef: '纪要1号', effectiveDate: '2026-11-26' });
    expect(past.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'effectiveDate', code: 'DATE_IN_PAST' })]);
    const future = await decide({ meetingDate: '2026-11-28', meetingMinuteRef: '纪要1号', effectiveDate: '2026-11-28' });
    expect(future.errors![0].extensions!.fields[0]).toMatchObject({ field: 'meetingDate', code: 'DATE_IN_FUTURE' });
    expect(
      errorCode(
        await decide({
          expectedVersion: pending.version + 1,
          meetingDate: '2026-11-20',
          meetingMinuteRef: '纪要1号',
          effectiveDate: TEST_NOW.slice(0, 10),
        }),
      ),
    ).toBe('CONFLICT');
    for (const u of ['chengde', 'pingquan', 'institution', 'analyst']) {
      expect(errorCode(await api.gql(DECIDE, { i: { caseId: pending.id, effectiveDate: '2026-12-01' } }, await api.freshLogin(u)))).toBe(
        'FORBIDDEN',
      );
    }
    expect(await written()).toEqual(before);
  });

  it('deciding a decided or withdrawn case, or withdrawing a decided one, is refused with the case unchanged', async () => {
    const province = await api.freshLogin('province');
    const cases = (await api.ok(CASES, {}, province)).removalCases.edges.map((e: any) => e.node);
    const withdrawn = cases.find((c: any) => c.status === 'WITHDRAWN');
    const removed = cases.find((c: any) => c.status === 'REMOVED');
    const before = await written();
    const onWithdrawn = await api.gql(DECIDE, { i: { caseId: withdrawn.id, effectiveDate: '2026-12-01' } }, province);
    expect(errorCode(onWithdrawn)).toBe('REMOVAL_CASE_INVALID_STATE');
    expect(onWithdrawn.errors![0].message).toBe('该移出案件已撤销，不能再作出决定');
    const onRemoved = await api.gql(DECIDE, { i: { caseId: removed.id, effectiveDate: '2026-12-01' } }, province);
    expect(errorCode(onRemoved)).toBe('REMOVAL_CASE_INVALID_STATE');
    const withdraw = await api.gql(WITHDRAW, { i: { caseId: removed.id, reason: '撤销' } }, province);
    expect(errorCode(withdraw)).toBe('REMOVAL_CASE_INVALID_STATE');
    expect(await written()).toEqual(before);
  });

  it('bad filters and ids answer as field errors, never as server errors', async () => {
    const province = await api.freshLogin('province');
    const monitor = await api.gql(
      'query($f: ReportingComplianceFilter) { reportingCompliance(filter: $f) { totalCount } }',
      { f: { minConsecutiveMisses: 0 } },
      province,
    );
    expect(errorCode(monitor)).toBe('BAD_USER_INPUT');
    const division = await api.gql(
      'query($f: ReportingComplianceFilter) { reportingCompliance(filter: $f) { totalCount } }',
      { f: { divisionCode: '999999' } },
      province,
    );
    expect(errorCode(division)).toBe('BAD_USER_INPUT');
    const notices = await api.gql('query { complianceNotices(deadline: "2026-10-15") { totalCount } }', {}, province);
    expect(errorCode(notices)).toBe('BAD_USER_INPUT');
    const cursor = await api.gql('query { removalCases(after: "bogus") { totalCount } }', {}, province);
    expect(errorCode(cursor)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql('query { removalCase(id: "abc") { id } }', {}, province))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql('query { institutionHistory(id: "-1") { kind } }', {}, province))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql('query { changeReport(id: "99999999999") { id } }', {}, province))).toBe('NOT_FOUND');
  });
});
