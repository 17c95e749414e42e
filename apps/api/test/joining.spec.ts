import ExcelJS from 'exceljs';
import { Role } from '../src/common/enums';
import { DEMO_PASSWORD } from '../src/database/demo-seed';
import { hashPassword } from '../src/modules/auth/password';
import { UserAccount } from '../src/modules/auth/user.entity';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import {
  APPLICANT_PASSWORD,
  applicationInNotice,
  createOpenBatch,
  ELIGIBLE_FORM,
  PDF,
  registerInstitution,
  solvedCaptcha,
  review,
  REVIEW,
  submitEligibleApplication,
  upload,
  VERSION,
} from './factories';

const DETAIL = `query($id: ID!) { application(id: $id) {
  id status version pendingLevel allowedActions cityOpinion skipsCounty
  eligibility { id status reason article }
  timeline { type level actorUsername opinion fromStatus toStatus }
  attachments { slot fileName sha256 mimeType id }
} }`;
const QUEUES = 'query($f: ApplicationFilter) { applicationQueueCounts(filter: $f) { queue count } }';
const LIST =
  'query($f: ApplicationFilter) { applications(first: 100, filter: $f) { totalCount edges { node { id name status divisionCode } } } }';

const counts = async (api: TestApi, user: string, batchId: string) =>
  Object.fromEntries(
    (await api.ok(QUEUES, { f: { batchId } }, await api.login(user))).applicationQueueCounts.map((q: any) => [q.queue, q.count]),
  );

describe.each(engines())('joining the registry on %s', (engine) => {
  let api: TestApi;
  let batchId: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    batchId = await createOpenBatch(api, `2026年第一批-${engine}`);
  });
  afterAll(() => api.close());

  it('runs the whole path: submit → county → city → province → notice → admission (Art. 8)', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市全流程检测有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId, { name: '平泉市全流程检测有限公司' });
    let d = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(d.status).toBe('SUBMITTED');
    expect(d.pendingLevel).toBe('COUNTY');
    expect(d.eligibility.every((c: any) => c.status === 'PASS')).toBe(true);
    // Submitted, not yet reviewed: the applicant may only withdraw it (issue #12).
    expect(d.allowedActions).toEqual(['WITHDRAW']);

    expect((await counts(api, 'pingquan', batchId)).PENDING_COUNTY).toBeGreaterThanOrEqual(1);
    expect(errorCode(await review(api, 'pingquan', id, 'APPROVE', '材料真实完整，同意上报'))).toBeUndefined();
    const cityMissingOpinion = await review(api, 'chengde', id, 'APPROVE');
    expect(errorCode(cityMissingOpinion)).toBe('BAD_USER_INPUT');
    expect(errorCode(await review(api, 'chengde', id, 'APPROVE', '同意推荐'))).toBeUndefined();
    d = (await api.ok(DETAIL, { id }, await api.login('province'))).application;
    expect(d).toMatchObject({
      status: 'CITY_RECOMMENDED',
      cityOpinion: '同意推荐',
      allowedActions: ['APPROVE', 'RETURN', 'REJECT', 'SPOT_CHECK'],
    });

    const spot = await api.gql(
      'mutation($i: SpotCheckInput!) { recordSpotCheck(input: $i) { passed } }',
      { i: { applicationId: id, checkedOn: '2026-11-26', inspectors: '张三、李四', findings: '场地与申报一致', passed: true } },
      await api.login('province'),
    );
    expect(spot.data?.recordSpotCheck.passed).toBe(true);
    expect(errorCode(await review(api, 'province', id, 'APPROVE', '同意入库'))).toBeUndefined();

    // Published Friday 2026-11-27 (day 1) → ends Thursday 2026-12-03, the 5th working day (SPEC §5).
    const notice = await api.ok(
      'mutation($b: ID!) { publishNotice(batchId: $b) { id publishedOn endsOn } }',
      { b: batchId },
      await api.login('province'),
    );
    expect(notice.publishNotice).toMatchObject({ publishedOn: '2026-11-27', endsOn: '2026-12-03' });
    const pub = await api.ok('{ publicNotices { endsOn active batchName entries { applicationId name place categories inNotice } } }');
    const entry = pub.publicNotices.flatMap((n: any) => n.entries).find((e: any) => e.applicationId === id);
    expect(entry).toMatchObject({
      name: '平泉市全流程检测有限公司',
      place: '承德市平泉市',
      categories: ['检验检测', '数字赋能'],
      inNotice: true,
    });

    expect(await api.ok('mutation { runAdmissionJob }', {}, await api.login('province'))).toEqual({ runAdmissionJob: 0 });
    const institutionId = (await api.ok('{ me { institutionId } }', {}, inst.token)).me.institutionId;
    const saved = api.clock.now();
    api.clock.set('2026-12-04T01:00:00Z');
    try {
      const province = await api.freshLogin('province');
      expect((await api.ok('mutation { runAdmissionJob }', {}, province)).runAdmissionJob).toBeGreaterThanOrEqual(1);
      expect((await api.ok('mutation { runAdmissionJob }', {}, province)).runAdmissionJob).toBe(0); // idempotent
      d = (await api.ok(DETAIL, { id }, province)).application;
      expect(d.status).toBe('ADMITTED');
      expect(d.timeline.map((e: any) => e.type)).toEqual([
        'CREATE',
        'SUBMIT',
        'APPROVE',
        'APPROVE',
        'SPOT_CHECK',
        'APPROVE',
        'PUBLISH',
        'ADMIT',
      ]);
      expect(d.timeline.map((e: any) => e.level)).toEqual([null, null, 'COUNTY', 'CITY', 'PROVINCE', 'PROVINCE', 'PROVINCE', 'PROVINCE']);
      const institution = await api.ok(
        'query($id: ID!) { institution(id: $id) { registryStatus admittedOn name mainCategories { code } } }',
        { id: institutionId },
        province,
      );
      expect(institution.institution).toMatchObject({
        registryStatus: 'ADMITTED',
        admittedOn: '2026-12-04',
        mainCategories: [{ code: 'TESTING_INSPECTION' }, { code: 'DIGITAL_EMPOWERMENT' }],
      });
      const notes = await api.ok(
        '{ myNotifications { unreadCount edges { node { type } } } }',
        {},
        await api.freshLogin(inst.username, APPLICANT_PASSWORD),
      );
      // Each level's pass (#12 item 3), the notice and the admission.
      expect(notes.myNotifications.edges.map((e: any) => e.node.type).sort()).toEqual(
        ['APPLICATION_ADMITTED', 'APPLICATION_IN_NOTICE', 'APPLICATION_PASSED', 'APPLICATION_PASSED', 'APPLICATION_PASSED'].sort(),
      );
      expect(notes.myNotifications.unreadCount).toBe(5);
    } finally {
      api.clock.set(saved);
    }
    const audit = await api.ok(
      'query($id: String) { auditLogs(first: 100, filter: { entityType: "Application", entityId: $id }) { edges { node { action } } } }',
      { id },
      await api.login('province'),
    );
    expect(audit.auditLogs.edges.map((e: any) => e.node.action)).toEqual(
      expect.arrayContaining(['SUBMIT_APPLICATION', 'REVIEW_APPROVE', 'SPOT_CHECK', 'ADMIT_APPLICATION']),
    );
  });

  it('returns for revision with a required reason; the applicant edits and resubmits; history is kept', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市退回重报咨询有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    expect(errorCode(await review(api, 'pingquan', id, 'RETURN'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await review(api, 'pingquan', id, 'RETURN', '营业执照复印件不清晰。'))).toBeUndefined();
    let d = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(d.status).toBe('RETURNED');
    expect(d.allowedActions).toEqual(['EDIT', 'SUBMIT']);
    const notes = await api.ok('{ myNotifications { unreadCount edges { node { type body } } } }', {}, inst.token);
    expect(notes.myNotifications.edges[0].node.type).toBe('APPLICATION_RETURNED');
    expect(notes.myNotifications.edges[0].node.body).toBe('县级审核部门退回了您的申请，理由：营业执照复印件不清晰。请修改后重新提交。');
    expect((await upload(api, inst.token, id, 3, PDF, '营业执照-清晰版.pdf')).status).toBe(201);
    await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token);
    d = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(d.status).toBe('SUBMITTED');
    expect(d.timeline.map((e: any) => e.type)).toEqual(['CREATE', 'SUBMIT', 'RETURN', 'RESUBMIT']);
    expect(d.timeline[2]).toMatchObject({ level: 'COUNTY', actorUsername: 'pingquan', opinion: '营业执照复印件不清晰。' });
  });

  it('rejects with a reason, finally; no level may act afterwards', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市不予通过服务有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    await review(api, 'pingquan', id, 'APPROVE', '同意');
    expect(errorCode(await review(api, 'chengde', id, 'REJECT', '服务业绩不突出'))).toBeUndefined();
    const d = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(d.status).toBe('REJECTED');
    expect(d.allowedActions).toEqual([]);
    expect(errorCode(await review(api, 'chengde', id, 'APPROVE', '再议'))).toBe('INVALID_TRANSITION');
    expect(errorCode(await review(api, 'province', id, 'APPROVE', '再议'))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.gql('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token))).toBe(
      'NOT_EDITABLE',
    );
  });

  it('skips the county step for a city-level unit (Dingzhou, Art. 8(2)) and keeps other bureaus out', async () => {
    await api.services.db.getRepository(UserAccount).insert({
      username: `dingzhou_${engine}`,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: Role.CITY,
      displayName: '定州市工业和信息化局',
      divisionCode: '130682',
    });
    const inst = await registerInstitution(api, '130682', '定州市跳过初审科技有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const dz = await api.login(`dingzhou_${engine}`);
    const d = (await api.ok(DETAIL, { id }, dz)).application;
    expect(d).toMatchObject({ skipsCounty: true, pendingLevel: 'CITY', allowedActions: ['APPROVE', 'RETURN', 'REJECT'] });
    expect((await counts(api, `dingzhou_${engine}`, batchId)).PENDING_CITY).toBe(1);
    expect(errorCode(await api.gql(VERSION, { id }, await api.login('baoding')))).toBe('NOT_FOUND');
    expect(errorCode(await review(api, `dingzhou_${engine}`, id, 'APPROVE', '同意推荐'))).toBeUndefined();
    expect((await api.ok(VERSION, { id }, dz)).application.status).toBe('CITY_RECOMMENDED');
  });

  it("scopes every queue to the officer's jurisdiction", async () => {
    const inst = await registerInstitution(api, '130602', '保定市竞秀区管辖测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    expect(errorCode(await api.gql(VERSION, { id }, await api.login('chengde')))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(VERSION, { id }, await api.login('pingquan')))).toBe('NOT_FOUND');
    const outOfScope = await api.gql(
      REVIEW,
      { i: { applicationId: id, expectedVersion: 2, action: 'REJECT', opinion: '越权' } },
      await api.login('chengde'),
    );
    expect(errorCode(outOfScope)).toBe('NOT_FOUND');
    for (const user of ['pingquan', 'chengde']) {
      const list = await api.ok(LIST, { f: { batchId } }, await api.login(user));
      expect(list.applications.edges.every((e: any) => e.node.divisionCode.startsWith('1308'))).toBe(true);
    }
    const baoding = await api.ok(LIST, { f: { batchId, queue: 'PENDING_COUNTY' } }, await api.login('baoding'));
    expect(baoding.applications.edges.map((e: any) => e.node.id)).toContain(id);
    const all = await api.ok(LIST, { f: { batchId } }, await api.login('province'));
    const mine = await api.ok(LIST, { f: { batchId } }, inst.token);
    expect(mine.applications.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect(all.applications.totalCount).toBeGreaterThan(mine.applications.totalCount);
    // Badge counts add up to the list.
    const c = await counts(api, 'province', batchId);
    expect(Object.values(c).reduce((a: number, b: any) => a + b, 0)).toBe(all.applications.totalCount);
  });

  it('lets exactly one of two simultaneous reviewers win; the other gets CONFLICT', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市并发审核测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const token = await api.login('pingquan');
    const { version } = (await api.ok(VERSION, { id }, token)).application;
    const results = await Promise.all(
      ['APPROVE', 'RETURN'].map((action) =>
        api.gql(REVIEW, { i: { applicationId: id, expectedVersion: version, action, opinion: '并发' } }, token),
      ),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const events = (await api.ok(DETAIL, { id }, token)).application.timeline.filter((e: any) => e.level === 'COUNTY');
    expect(events).toHaveLength(1);
  });

  it('rejects the application when a public-notice objection is upheld', async () => {
    const b = await createOpenBatch(api, `异议批次-${engine}`);
    const inst = await registerInstitution(api, '130881', '平泉市异议成立测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, b);
    await review(api, 'pingquan', id, 'APPROVE', '同意');
    await review(api, 'chengde', id, 'APPROVE', '同意推荐');
    await review(api, 'province', id, 'APPROVE', '同意');
    const province = await api.login('province');
    await api.ok('mutation($b: ID!) { publishNotice(batchId: $b) { id } }', { b }, province);
    const objectionsPending = async () =>
      (await api.ok('{ workQueueCounts { objectionsPending } }', {}, province)).workQueueCounts.objectionsPending;
    const before = await objectionsPending();
    const filed = await api.ok('mutation($i: ObjectionInput!) { fileObjection(input: $i) { id status } }', {
      i: {
        applicationId: id,
        name: '知情群众',
        contact: '13800000000',
        content: '该单位服务场地实际不足150平方米，与申报不符。',
        captcha: await solvedCaptcha(api),
      },
    });
    expect(filed.fileObjection.status).toBe('PENDING');
    expect(await objectionsPending()).toBe(before + 1); // the province's 待办
    const upheldNoReason = await api.gql(
      'mutation($i: ResolveObjectionInput!) { resolveObjection(input: $i) { status } }',
      { i: { objectionId: filed.fileObjection.id, upheld: true } },
      province,
    );
    expect(errorCode(upheldNoReason)).toBe('BAD_USER_INPUT');
    await api.ok(
      'mutation($i: ResolveObjectionInput!) { resolveObjection(input: $i) { status } }',
      { i: { objectionId: filed.fileObjection.id, upheld: true, resolution: '经核实场地面积不足' } },
      province,
    );
    expect(await objectionsPending()).toBe(before);
    const d = (await api.ok(DETAIL, { id }, province)).application;
    expect(d.status).toBe('REJECTED');
    expect(d.timeline.at(-1)).toMatchObject({ type: 'OBJECTION_UPHELD', toStatus: 'REJECTED' });
    const again = await api.gql(
      'mutation($i: ResolveObjectionInput!) { resolveObjection(input: $i) { status } }',
      { i: { objectionId: filed.fileObjection.id, upheld: false } },
      province,
    );
    expect(errorCode(again)).toBe('ALREADY_RESOLVED');
  });

  it("exports the city's Attachment 4 table with exactly the guideline's columns", async () => {
    const token = await api.login('chengde');
    const res = await fetch(api.url.replace('/graphql', `/api/exports/recommendation-summary.xlsx?batchId=${batchId}`), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('承德市优质中小企业服务资源库入库机构推荐汇总表');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(String(ws.getRow(1).getCell(1).value)).toBe('承德市优质中小企业服务资源库入库机构推荐汇总表');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '单位名称',
      '机构类型',
      '成立时间',
      '上年度年服务收入（万元）',
      '服务资产（万元）',
      '服务人员（人）',
      '主要服务方向',
      '联系人',
      '联系电话',
    ]);
    const names = [];
    for (let r = 4; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(2).value);
    expect(names).toContain('平泉市全流程检测有限公司');
    expect(names).not.toContain('保定市竞秀区管辖测试有限公司');
    const row = ws.getRow(4);
    expect(row.getCell(1).value).toBe(1);
    const denied = await fetch(api.url.replace('/graphql', `/api/exports/recommendation-summary.xlsx?batchId=${batchId}`), {
      headers: { authorization: `Bearer ${await api.login('pingquan')}` },
    });
    expect(denied.status).toBe(403);
  });

  it('serves attachments only to those who may see the application', async () => {
    const inst = await registerInstitution(api, '130881', '平泉市附件权限测试有限公司');
    const id = await submitEligibleApplication(api, inst.token, batchId);
    const d = (await api.ok(DETAIL, { id }, inst.token)).application;
    expect(d.attachments).toHaveLength(11);
    expect(d.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const url = api.url.replace('/graphql', `/api/attachments/${d.attachments[0].id}`);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${await api.login('chengde')}` } });
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(url, { headers: { authorization: `Bearer ${await api.login('baoding')}` } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });

  describe('bad input answers with a typed Chinese error and writes nothing', () => {
    let inst: { token: string };
    let id: string;
    beforeAll(async () => {
      inst = await registerInstitution(api, '130881', '平泉市错误输入测试有限公司');
      id = (await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, inst.token)).createApplication.id;
    });
    const save = (input: Record<string, unknown>) =>
      api.gql('mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }', { id, i: input }, inst.token);

    it.each([
      ['more than two directions', { mainCategories: ['BRAND', 'FINANCING', 'TECH_INNOVATION'] }, 'mainCategories'],
      ['an unknown direction', { mainCategories: ['ASTROLOGY'] }, 'mainCategories'],
      ['an over-long narrative', { activitiesNarrative: '字'.repeat(601) }, 'activitiesNarrative'],
      ['a negative area', { premisesArea: -5 }, 'premisesArea'],
      ['an absurd employee count', { employees: 5_000_000 }, 'employees'],
      ['senior experts above all experts', { seniorExperts: 30, cooperatingExperts: 20 }, 'seniorExperts'],
      ['a declaration without a signer', { declarationSigned: true }, 'declarationSignedBy'],
      ['a founding date that does not exist', { foundedOn: '2026-02-30' }, 'foundedOn'],
      ['a founding date in the future', { foundedOn: '2026-12-01' }, 'foundedOn'],
      ['a bad staff row', { staff: [{ name: '', post: 'x', title: 'x', education: 'x', hasContractProof: true }] }, 'staff.0.name'],
    ])('refuses %s', async (_what, input, field) => {
      const before = (await api.ok('query($id: ID!) { application(id: $id) { version } }', { id }, inst.token)).application.version;
      const r = await save(input);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields.map((f: any) => f.field)).toContain(field);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
      expect((await api.ok('query($id: ID!) { application(id: $id) { version } }', { id }, inst.token)).application.version).toBe(before);
    });

    it('refuses to submit while criteria fail, one message per failing criterion', async () => {
      await save({ ...ELIGIBLE_FORM, premisesArea: 149.99, seniorExperts: 9 });
      const r = await api.gql('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, inst.token);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      const fields = r.errors![0].extensions!.fields.map((f: any) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['E5', 'E7', 'E10']));
      expect(fields).not.toContain('E1');
      expect((await api.ok(VERSION, { id }, inst.token)).application.status).toBe('DRAFT');
    });

    it('refuses a second application in the same batch', async () => {
      expect(errorCode(await api.gql('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, inst.token))).toBe(
        'APPLICATION_EXISTS',
      );
    });

    it('refuses a file whose content is not PDF/JPG/PNG, whatever its name, and one over 20 MB', async () => {
      const fake = await upload(api, inst.token, id, 1, Buffer.from('just text, not a pdf'), 'fake.pdf');
      expect(fake.status).toBe(400);
      expect(fake.body.error.fields[0].code).toBe('FILE_TYPE');
      const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
      PDF.copy(big);
      const huge = await upload(api, inst.token, id, 1, big, 'big.pdf');
      expect(huge.status).toBe(413);
      expect(huge.body.error.message).toBe('单个文件不能超过20MB');
      const d = (await api.ok(DETAIL, { id }, inst.token)).application;
      expect(d.attachments).toHaveLength(0);
    });

    it('refuses submitting after the online deadline and into a closed batch', async () => {
      const saved = api.clock.now();
      api.clock.set('2027-01-02T01:00:00Z');
      try {
        const token = await api.freshLogin('province');
        expect(token).toBeTruthy();
        const r = await api.gql(
          'mutation($b: ID!) { createApplication(batchId: $b) { id } }',
          { b: batchId },
          (await registerInstitution(api, '130881', '平泉市逾期测试有限公司')).token,
        );
        expect(errorCode(r)).toBe('DEADLINE_PASSED');
      } finally {
        api.clock.set(saved);
      }
      const closed = await createOpenBatch(api, `已截止批次-${engine}`);
      await api.ok('mutation($id: ID!) { closeBatch(id: $id) { status } }', { id: closed }, await api.login('province'));
      expect(errorCode(await api.gql('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: closed }, inst.token))).toBe(
        'BATCH_NOT_OPEN',
      );
    });

    it('refuses an objection after the notice ended', async () => {
      const target = { applicationId: await applicationInNotice(api, `异议期满批次-${engine}`, '平泉市异议期满测试有限公司') };
      const saved = api.clock.now();
      api.clock.set('2026-12-20T01:00:00Z');
      try {
        const r = await api.gql('mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }', {
          i: { applicationId: target.applicationId, name: '某人', contact: '13800000000', content: '公示结束后提出的异议内容。' },
        });
        expect(errorCode(r)).toBe('NOTICE_ENDED');
      } finally {
        api.clock.set(saved);
      }
    });
  });
});

describe('public-notice objections are rate-limited per IP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api.close());

  it('accepts five objections an hour from one address and refuses the sixth', async () => {
    const id = await applicationInNotice(api, '限频批次', '平泉市限频测试有限公司');
    const file = async () =>
      api.gql('mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }', {
        i: {
          applicationId: id,
          name: '某人',
          contact: '13800000000',
          content: '对该机构申报材料的真实性有疑问。',
          captcha: await solvedCaptcha(api),
        },
      });
    for (let i = 0; i < 5; i++) expect(errorCode(await file())).toBeUndefined();
    const sixth = await file();
    expect(errorCode(sixth)).toBe('RATE_LIMITED');
    expect(sixth.errors![0].message).toMatch(/^提交过于频繁，请于 \d+ 分钟后再试$/);
    expect(sixth.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    api.clock.set(new Date(api.clock.now().getTime() + 3600_000 + 1000));
    expect(errorCode(await file())).toBeUndefined();
  });
});
