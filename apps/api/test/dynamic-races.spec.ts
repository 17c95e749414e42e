import { CASES, DECIDE, OPEN_CASE, REPORT_CONTENT, SAVE_REPORT, SUBMIT_REPORT, WITHDRAW } from './dynamic-fixtures';
import { engines, errorCode, GqlResult, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows, otherInstitutionAccount } from './service-fixtures';

const N = 100;
const VERIFY = 'mutation($i: VerifyChangeReportInput!) { verifyChangeReport(input: $i) { id status } }';

/** 100 identical transitions at once through the real endpoint: exactly one wins, the rest get typed errors. */
describe.each(engines())('dynamic management races on %s', (engine) => {
  let api: TestApi;
  const outcome = (results: GqlResult[]) => {
    const codes = results.map((r) => errorCode(r) ?? 'OK');
    return { ok: codes.filter((c) => c === 'OK').length, others: [...new Set(codes.filter((c) => c !== 'OK'))].sort() };
  };

  beforeAll(async () => {
    api = await startTestApi(engine);
    api.clock.set(TEST_NOW);
  });
  afterAll(() => api.close());

  it(`${N} decisions on one case at once: one removal, the others CONFLICT or invalid state`, async () => {
    const province = await api.freshLogin('province');
    const pending = (await api.ok(CASES, { f: { statuses: ['PENDING'] } }, province)).removalCases.edges[0].node;
    const input = {
      caseId: pending.id,
      expectedVersion: pending.version,
      meetingDate: '2026-11-20',
      meetingMinuteRef: '冀工信会〔2026〕9号',
      effectiveDate: '2026-11-27',
    };
    const results = await Promise.all(Array.from({ length: N }, () => api.gql(DECIDE, { i: input }, province)));
    const { ok, others } = outcome(results);
    expect(ok).toBe(1);
    expect(others.every((c) => ['CONFLICT', 'REMOVAL_CASE_INVALID_STATE'].includes(c))).toBe(true);
    expect(await countRows(api, 'audit_log', `action = 'DECIDE_REMOVAL_CASE' AND entityId = '${pending.id}'`)).toBe(1);
    expect(await countRows(api, 'audit_log', `action = 'REMOVE_INSTITUTION' AND entityId = '${pending.institution.id}'`)).toBe(1);
  });

  it(`${N} openings and then ${N} withdrawals of one case at once: one case, one withdrawal`, async () => {
    const target = await otherInstitutionAccount(api, `race${engine}`);
    const province = await api.freshLogin('province');
    const open = {
      institutionId: String(target.institutionId),
      reason: 'CREDIT_BLACKLIST',
      description: '经“信用中国”查询，该机构被列入严重失信主体名单。',
    };
    const opened = await Promise.all(Array.from({ length: N }, () => api.gql(OPEN_CASE, { i: open }, province)));
    const o = outcome(opened);
    expect(o.ok).toBe(1);
    expect(o.others).toEqual(['REMOVAL_CASE_ALREADY_OPEN']);
    expect(await countRows(api, 'removal_case', `institutionId = ${target.institutionId}`)).toBe(1);
    const caseId = opened.find((r) => !r.errors)!.data!.openRemovalCase.id;
    const withdrawn = await Promise.all(
      Array.from({ length: N }, () =>
        api.gql(WITHDRAW, { i: { caseId, expectedVersion: 1, reason: '经复核，该机构已完成信用修复' } }, province),
      ),
    );
    const w = outcome(withdrawn);
    expect(w.ok).toBe(1);
    expect(w.others.every((c) => ['CONFLICT', 'REMOVAL_CASE_INVALID_STATE'].includes(c))).toBe(true);
    expect(await countRows(api, 'audit_log', `action = 'WITHDRAW_REMOVAL_CASE' AND entityId = '${caseId}'`)).toBe(1);
  });

  it(`${N} verifications of one change report at once: one verification`, async () => {
    const chengde = await api.freshLogin('chengde');
    const list = await api.ok('{ changeReports(first: 10, filter: { status: SUBMITTED }) { edges { node { id version } } } }', {}, chengde);
    const report = list.changeReports.edges[0].node;
    const results = await Promise.all(
      Array.from({ length: N }, (_x, i) =>
        api.gql(
          VERIFY,
          { i: { changeReportId: report.id, expectedVersion: report.version, eligible: i % 2 === 0, note: '经核实，情况属实，理由充分' } },
          chengde,
        ),
      ),
    );
    const { ok, others } = outcome(results);
    expect(ok).toBe(1);
    expect(others.every((c) => ['CONFLICT', 'CHANGE_REPORT_INVALID_STATE', 'REMOVAL_CASE_ALREADY_OPEN'].includes(c))).toBe(true);
    expect(await countRows(api, 'audit_log', `action LIKE 'VERIFY_CHANGE_%' AND entityId = '${report.id}'`)).toBe(1);
  });

  it(`${N} submissions of one report version at once: one submission`, async () => {
    const token = await api.freshLogin('institution');
    const draft = (await api.ok(SAVE_REPORT, { i: { deadline: '2026-12-15', ...REPORT_CONTENT } }, token)).saveServiceReport;
    const results = await Promise.all(
      Array.from({ length: N }, () =>
        api.gql(SUBMIT_REPORT, { i: { deadline: '2026-12-15', expectedVersion: draft.version, ...REPORT_CONTENT } }, token),
      ),
    );
    const { ok, others } = outcome(results);
    expect(ok).toBe(1);
    expect(others).toEqual(['CONFLICT']);
    expect(await countRows(api, 'audit_log', `action = 'SUBMIT_SERVICE_REPORT' AND entityId = '${draft.id}'`)).toBe(1);
  });
});
