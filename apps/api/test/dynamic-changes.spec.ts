import { CASES, HISTORY } from './dynamic-fixtures';
import { PDF, PNG } from './factories';
import { engines, errorCode, startTestApi, TEST_NOW, TestApi } from './harness';
import { countRows, otherInstitutionAccount } from './service-fixtures';

const SUBMIT = `mutation($i: ChangeReportInput!) { submitChangeReport(input: $i) {
  id status type changeDate dueDate late version fields { field beforeValue afterValue beforeLabel afterLabel } evidence { id fileName } } }`;
const VERIFY =
  'mutation($i: VerifyChangeReportInput!) { verifyChangeReport(input: $i) { id status version removalCaseId verificationNote } }';
const LIST = `query($f: ChangeReportFilter) { changeReports(first: 100, filter: $f) { totalCount edges { node { id status institution { id name } } } } }`;

async function evidence(api: TestApi, token: string, body: Buffer, name = '变更通知书.pdf') {
  const res = await fetch(api.url.replace('/graphql', '/api/evidence'), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * Major change reports (Art. 11): the institution reports with evidence, its city bureau verifies — still eligible:
 * the registry record takes the new values (the old ones stay in the report and the timeline), a relocation moves the
 * institution's rows to the new place's bureau; no longer eligible: a NO_LONGER_ELIGIBLE case goes to PROVINCE.
 */
describe.each(engines())('major change reports on %s', (engine) => {
  let api: TestApi;
  let chengdeInst: { username: string; institutionId: number; divisionCode: string };

  beforeAll(async () => {
    api = await startTestApi(engine);
    api.clock.set(TEST_NOW);
    chengdeInst = await otherInstitutionAccount(api, `change${engine}`, undefined, '1308');
  });
  afterAll(() => api.close());

  it('reports a rename and a move to another city with evidence; 承德 verifies; the record, its place and the history follow', async () => {
    const token = await api.freshLogin(chengdeInst.username);
    const up = await evidence(api, token, PDF);
    expect(up.status).toBe(201);
    const [before] = await api.services.db.query('SELECT name FROM institution WHERE id = ?', [chengdeInst.institutionId]);
    const submitted = await api.ok(
      SUBMIT,
      {
        i: {
          type: 'RELOCATION',
          changeDate: '2026-07-31',
          description: '因业务发展需要整体迁入保定市竞秀区，并同步变更单位名称，已完成市场监管部门变更登记。',
          changes: [
            { field: 'name', after: '保定市竞秀区迁入测试科技服务有限公司' },
            { field: 'divisionCode', after: '130602' },
            { field: 'address', after: '河北省保定市竞秀区朝阳北大街1号' },
          ],
          evidenceIds: [up.body.id],
        },
      },
      token,
    );
    const report = submitted.submitChangeReport;
    // 2026-07-31 + 3 months = 2026-10-31; reported 2026-11-27 → late, but accepted.
    expect(report).toMatchObject({ status: 'SUBMITTED', type: 'RELOCATION', dueDate: '2026-10-31', late: true });
    expect(report.fields[0]).toMatchObject({ field: 'name', beforeValue: before.name, afterValue: '保定市竞秀区迁入测试科技服务有限公司' });
    expect(report.fields[1]).toMatchObject({ field: 'divisionCode', afterValue: '130602', afterLabel: '保定市竞秀区' });
    expect(report.evidence).toEqual([{ id: up.body.id, fileName: '变更通知书.pdf' }]);

    // The evidence downloads for 承德, not for 保定 (not yet theirs).
    const download = (t: string) =>
      fetch(api.url.replace('/graphql', `/api/evidence/${up.body.id}`), { headers: { authorization: `Bearer ${t}` } }).then(
        (r) => r.status,
      );
    expect(await download(await api.freshLogin('chengde'))).toBe(200);
    expect(await download(await api.freshLogin('baoding'))).toBe(404);

    // 保定 cannot verify a 承德 institution's report: it answers like a missing report, and nothing changes.
    const outside = await api.gql(VERIFY, { i: { changeReportId: report.id, eligible: true } }, await api.freshLogin('baoding'));
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const county = await api.gql(VERIFY, { i: { changeReportId: report.id, eligible: true } }, await api.freshLogin('pingquan'));
    expect(errorCode(county)).toBe('FORBIDDEN');

    const verified = await api.ok(
      VERIFY,
      { i: { changeReportId: report.id, eligible: true, note: '经核实仍符合入库条件' } },
      await api.freshLogin('chengde'),
    );
    expect(verified.verifyChangeReport).toMatchObject({ status: 'VERIFIED_ELIGIBLE', removalCaseId: null });
    const [after] = await api.services.db.query('SELECT name, divisionCode, address FROM institution WHERE id = ?', [
      chengdeInst.institutionId,
    ]);
    expect(after).toMatchObject({
      name: '保定市竞秀区迁入测试科技服务有限公司',
      divisionCode: '130602',
      address: '河北省保定市竞秀区朝阳北大街1号',
    });
    // The report, its evidence and the institution now sit with 保定's bureau.
    const seen = async (u: string) =>
      (await api.ok(LIST, {}, await api.freshLogin(u))).changeReports.edges.some((e: any) => e.node.id === report.id);
    expect(await seen('baoding')).toBe(true);
    expect(await seen('chengde')).toBe(false);
    expect(await download(await api.freshLogin('baoding'))).toBe(200);
    const history = (await api.ok(HISTORY, { id: String(chengdeInst.institutionId) }, await api.freshLogin('province'))).institutionHistory;
    const reported = history.find((h: any) => h.kind === 'CHANGE_REPORTED');
    expect(reported.title).toBe('报告重大变化（迁移），逾期报告');
    expect(reported.detail).toContain(`单位名称：${before.name} → 保定市竞秀区迁入测试科技服务有限公司`);
    expect(reported.detail).toContain('所在县（市、区）：承德市');
    expect(history.some((h: any) => h.kind === 'CHANGE_VERIFIED')).toBe(true);
  });

  it('no longer eligible → a NO_LONGER_ELIGIBLE case from the city goes to PROVINCE; a second verification is refused', async () => {
    const other = await otherInstitutionAccount(api, `change2${engine}`, undefined, '1308');
    const token = await api.freshLogin(other.username);
    const report = (
      await api.ok(
        SUBMIT,
        {
          i: {
            type: 'RESTRUCTURING',
            changeDate: '2026-11-01',
            description: '机构重组，检验检测业务剥离至集团其他公司，本机构服务场地缩减为80平方米。',
            changes: [],
          },
        },
        token,
      )
    ).submitChangeReport;
    expect(report).toMatchObject({ late: false, dueDate: '2027-02-01' });
    const chengde = await api.freshLogin('chengde');
    const noReason = await api.gql(VERIFY, { i: { changeReportId: report.id, eligible: false } }, chengde);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.fields[0]).toMatchObject({ field: 'note', code: 'REASON_REQUIRED' });
    const rejected = await api.ok(
      VERIFY,
      { i: { changeReportId: report.id, eligible: false, note: '重组后服务场地不足150平方米，不再符合第六条入库条件' } },
      chengde,
    );
    expect(rejected.verifyChangeReport.status).toBe('VERIFIED_INELIGIBLE');
    const cases = (await api.ok(CASES, { f: { institutionId: String(other.institutionId) } }, await api.freshLogin('province')))
      .removalCases;
    expect(cases.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        id: rejected.verifyChangeReport.removalCaseId,
        status: 'PENDING',
        reason: 'NO_LONGER_ELIGIBLE',
        source: 'CITY',
      }),
    ]);
    const again = await api.gql(VERIFY, { i: { changeReportId: report.id, eligible: true } }, chengde);
    expect(errorCode(again)).toBe('CHANGE_REPORT_INVALID_STATE');
  });

  it('refuses bad change reports with field errors and writes nothing', async () => {
    const other = await otherInstitutionAccount(api, `change3${engine}`, undefined, '1308');
    const token = await api.freshLogin(other.username);
    const [taken] = await api.services.db.query('SELECT uscc FROM institution WHERE id <> ? ORDER BY id LIMIT 1', [other.institutionId]);
    const foreign = await evidence(api, await api.freshLogin('province'), PNG, '省级材料.png');
    const rows = async () => [
      await countRows(api, 'change_report'),
      await countRows(api, 'change_report_field'),
      await countRows(api, 'audit_log', "action NOT LIKE 'LOGIN%'"),
    ];
    const before = await rows();
    const base = {
      type: 'OTHER',
      changeDate: '2026-11-01',
      description: '法定代表人及统一社会信用代码变更，已完成变更登记。',
      changes: [] as unknown[],
    };
    for (const [input, field, code] of [
      [{ ...base, changeDate: '2026-11-28' }, 'changeDate', 'DATE_IN_FUTURE'],
      [{ ...base, changeDate: '2026-02-30' }, 'changeDate', 'INVALID_DATE'],
      [{ ...base, type: 'RENAME' }, 'changes', 'FIELD_MISSING'],
      [{ ...base, changes: [{ field: 'uscc', after: '91130881MA0000000X' }] }, 'changes.0.after', 'USCC_INVALID'],
      [{ ...base, changes: [{ field: 'uscc', after: taken.uscc }] }, 'changes.0.after', 'USCC_TAKEN'],
      [{ ...base, changes: [{ field: 'divisionCode', after: '110101' }] }, 'changes.0.after', 'DIVISION_UNKNOWN'],
      [{ ...base, evidenceIds: [foreign.body.id] }, 'evidenceIds', 'EVIDENCE_UNAVAILABLE'],
      [{ ...base, description: '太短' }, 'description', 'DESCRIPTION_REQUIRED'],
    ] as const) {
      const r = await api.gql(SUBMIT, { i: input }, token);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields.map((f: any) => [f.field, f.code])).toContainEqual([field, code]);
    }
    expect(await rows()).toEqual(before);
    // An upload that is not a PDF/JPG/PNG is refused by its bytes.
    const bad = await evidence(api, token, Buffer.from('not a pdf at all'), 'x.pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].code).toBe('FILE_TYPE');
    const enterprise = await evidence(api, await api.freshLogin('enterprise'), PDF);
    expect(enterprise.status).toBe(403);
  });
});
