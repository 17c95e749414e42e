import ExcelJS from 'exceljs';
import { APPLICATION_EVENT_LABELS, applicationFormViolations, formatShanghaiDateTime, REVIEW_STATUS_LABELS } from '@hebei/domain';
import { generateInstitutions } from '@hebei/demo-data';
import { EMPTY_SUMMARY_NOTE } from '../src/modules/export/export.service';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import { applicationInNotice, createOpenBatch, ELIGIBLE_FORM, registerInstitution, review, submitEligibleApplication } from './factories';

// Issue #12 item 8: the defects a walk-through found, each pinned through the real API.

const LIST = 'query($f: ApplicationFilter) { applications(first: 100, filter: $f) { edges { node { id status } } } }';
const QUEUES = 'query($f: ApplicationFilter) { applicationQueueCounts(filter: $f) { queue count } }';

describe('demo data respects the form rules', () => {
  it('no generated institution has more 大专以上 staff than employees, or breaks any other cross-field rule', () => {
    const rows = generateInstitutions(2000, [{ code: '130881', name: '平泉市', cityName: '承德市' }]);
    const broken = rows.filter((r) => applicationFormViolations(r, '2026-11-27').length > 0);
    expect(broken).toEqual([]);
    expect(rows.every((r) => r.qualifiedStaff <= r.employees)).toBe(true);
  });
});

describe.each(engines())('walk-through defects on %s', (engine) => {
  let api: TestApi;
  let noticeId: string;
  let approvedId: string;
  let approvedBatch: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    noticeId = await applicationInNotice(api, '缺陷回归公示批次', '平泉市公示回归测试有限公司');
    approvedBatch = await createOpenBatch(api, '缺陷回归待公示批次');
    const inst = await registerInstitution(api, '130881', '平泉市待公示回归测试有限公司');
    approvedId = await submitEligibleApplication(api, inst.token, approvedBatch);
    for (const [user, opinion] of [
      ['pingquan', '同意'],
      ['chengde', '同意推荐'],
      ['province', '同意'],
    ]) {
      expect((await review(api, user, approvedId, 'APPROVE', opinion)).errors).toBeUndefined();
    }
  }, 240_000);
  afterAll(() => api.close());

  const download = async (path: string, username: string) => {
    const res = await fetch(api.url.replace('/graphql', path), { headers: { authorization: `Bearer ${await api.login(username)}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    return wb;
  };

  it('公示中 lists only applications on notice; 待公示 has its own tab and count', async () => {
    const province = await api.login('province');
    const ids = async (queue: string) =>
      (await api.ok(LIST, { f: { queue } }, province)).applications.edges.map((e: { node: { id: string } }) => e.node.id);
    const notice = await ids('NOTICE');
    const pending = await ids('PENDING_NOTICE');
    expect(notice).toContain(noticeId);
    expect(notice).not.toContain(approvedId);
    expect(pending).toContain(approvedId);
    expect(pending).not.toContain(noticeId);
    const counts = (await api.ok(QUEUES, { f: { batchId: approvedBatch } }, province)).applicationQueueCounts;
    expect(counts).toContainEqual({ queue: 'PENDING_NOTICE', count: 1 });
    expect(counts).toContainEqual({ queue: 'NOTICE', count: 0 });
  });

  it('the application workbook names timeline events in Chinese and gives Beijing times', async () => {
    const { application } = await api.ok(
      'query($id: ID!) { application(id: $id) { timeline { type toStatus createdAt } } }',
      { id: noticeId },
      await api.login('province'),
    );
    const ws = (await download(`/api/exports/applications/${noticeId}.xlsx`, 'province')).getWorksheet('审核记录')!;
    expect(ws.getRow(1).getCell(1).value).toBe('时间（北京时间）');
    const rows = application.timeline.map((e: { type: keyof typeof APPLICATION_EVENT_LABELS; toStatus: string; createdAt: string }) => [
      formatShanghaiDateTime(e.createdAt, true),
      `${APPLICATION_EVENT_LABELS[e.type]} → ${REVIEW_STATUS_LABELS[e.toStatus as 'DRAFT']}`,
    ]);
    const sheet: unknown[][] = [];
    ws.eachRow((row, n) => n > 1 && sheet.push([row.getCell(1).value, row.getCell(3).value]));
    expect(sheet).toEqual(rows);
    expect(sheet[0]).toEqual([expect.any(String), '创建申请 → 草稿']);
    // The test clock is 10:00 in Beijing (02:00 UTC): no UTC time leaks into the workbook.
    expect(sheet.every(([time]) => /^2026-11-27 10:\d{2}:\d{2}$/.test(String(time)))).toBe(true);
  });

  it('Attachment 4 prints one page wide and as many pages high as needed; an empty table says so', async () => {
    const full = (await download(`/api/exports/recommendation-summary.xlsx?batchId=${approvedBatch}`, 'chengde')).worksheets[0];
    expect(full.pageSetup.fitToWidth).toBe(1);
    expect(full.pageSetup.fitToHeight).toBe(0);
    expect(full.getRow(4).getCell(2).value).toBe(ELIGIBLE_FORM.name);
    expect(full.rowCount).toBe(4);

    const emptyBatch = await createOpenBatch(api, '缺陷回归空批次');
    const empty = (await download(`/api/exports/recommendation-summary.xlsx?batchId=${emptyBatch}`, 'chengde')).worksheets[0];
    expect(empty.getRow(4).getCell(1).value).toBe(EMPTY_SUMMARY_NOTE);
    expect(empty.rowCount).toBe(4);
  });

  it('the analyst opens any application read-only (SPEC §1): detail yes, review actions none, review refused', async () => {
    const analyst = await api.login('analyst');
    const { application } = await api.ok(
      'query($id: ID!) { application(id: $id) { id allowedActions contactPhone } }',
      { id: approvedId },
      analyst,
    );
    expect(application.allowedActions).toEqual([]);
    expect(application.contactPhone).toMatch(/^\d{3}\*+\d{4}$/);
    const refused = await api.gql(
      'mutation($i: ReviewInput!) { reviewApplication(input: $i) { id } }',
      { i: { applicationId: approvedId, expectedVersion: 1, action: 'APPROVE' } },
      analyst,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('the public registry shows the same contact phone to the analyst as to an anonymous visitor', async () => {
    const Q = '{ browseInstitutions(first: 20) { edges { node { id contactPhone email } } } }';
    const anonymous = await api.ok(Q);
    const analyst = await api.ok(Q, {}, await api.login('analyst'));
    expect(analyst).toEqual(anonymous);
    const phones = anonymous.browseInstitutions.edges
      .map((e: { node: { contactPhone: string | null } }) => e.node.contactPhone)
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    const detail = 'query($id: ID!) { publicInstitution(id: $id) { contactPhone email } }';
    const id = anonymous.browseInstitutions.edges[0].node.id;
    expect(await api.ok(detail, { id }, await api.login('analyst'))).toEqual(await api.ok(detail, { id }));
  });

  it('大专以上 staff above 从业人数 is refused on the field, as the form refuses it', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市人数校验测试有限公司');
    const { createApplication } = await api.ok(
      'mutation($b: ID!) { createApplication(batchId: $b) { id } }',
      { b: approvedBatch },
      inst.token,
    );
    const r = await api.gql(
      'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
      { id: createApplication.id, i: { ...ELIGIBLE_FORM, employees: 78, qualifiedStaff: 122 } },
      inst.token,
    );
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields).toEqual([
      { field: 'qualifiedStaff', code: 'QUALIFIED_EXCEEDS_EMPLOYEES', message: '大专以上和中级职称以上人数不能超过从业人数' },
    ]);
  });
});
