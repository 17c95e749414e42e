import { RegistryStatus } from '../src/common/enums';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import { countRows, otherInstitutionAccount } from './service-fixtures';

const PRODUCT_FIELDS = 'id institutionId name categoryCode category { code name } nature content priceNote published publishedAt version';
const CREATE = `mutation($input: ServiceProductInput!) { createServiceProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ServiceProductInput!) { updateServiceProduct(id: $id, input: $input) { ${PRODUCT_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $p: Boolean!) { setServiceProductPublished(id: $id, published: $p) { id published } }`;
const DELETE = 'mutation($id: ID!) { deleteServiceProduct(id: $id) }';
const MINE = '{ myServiceProducts(first: 100) { totalCount edges { node { id name published } } } }';
const PUBLIC_PRODUCT = 'query($id: ID!) { publicServiceProduct(id: $id) { id name institution { id name } } }';
const DETAIL =
  'query($id: ID!) { publicInstitution(id: $id) { introduction website contactPhone products { id name } cases { id title } } }';
const CASE_CREATE = 'mutation($input: ServiceCaseInput!) { createServiceCase(input: $input) { id title servedOn } }';
const CASE_UPDATE = 'mutation($id: ID!, $input: ServiceCaseInput!) { updateServiceCase(id: $id, input: $input) { id title } }';
const CASE_DELETE = 'mutation($id: ID!) { deleteServiceCase(id: $id) }';
const PROFILE = 'mutation($input: PublicProfileInput!) { updateMyPublicProfile(input: $input) { id introduction website contactPhone } }';

const product = (over: Record<string, unknown> = {}) => ({
  name: '中小企业能耗在线监测',
  categoryCode: 'DIGITAL_EMPOWERMENT',
  nature: 'FREE',
  content: '为企业安装能耗监测终端，提供在线能耗分析与节能建议。',
  ...over,
});
const serviceCase = (over: Record<string, unknown> = {}) => ({
  title: '纺织企业能耗监测',
  enterpriseName: '承德市恒达纺织有限公司',
  content: '为企业安装能耗监测终端，建立能耗台账和分析看板。',
  outcome: '年节约电费约12万元。',
  servedOn: '2026-06-18',
  ...over,
});

describe.each(engines())('service products and cases on %s', (engine) => {
  let api: TestApi;
  let institution: string;
  let demoId: string;
  let other: string;
  beforeAll(async () => {
    api = await startTestApi(engine);
    institution = await api.login('institution');
    demoId = (await api.ok('{ me { institutionId } }', {}, institution)).me.institutionId;
    const account = await otherInstitutionAccount(api, 'otherinst');
    other = await api.login(account.username);
  });
  afterAll(() => api.close());

  it('creates a product as a draft, publishes it to the registry and takes it down again, each audited', async () => {
    const created = (await api.ok(CREATE, { input: product() }, institution)).createServiceProduct;
    expect(created).toMatchObject({
      institutionId: demoId,
      published: false,
      publishedAt: null,
      category: { code: 'DIGITAL_EMPOWERMENT', name: '数字赋能' },
    });
    expect((await api.ok(MINE, {}, institution)).myServiceProducts.edges.map((e: any) => e.node.id)).toContain(created.id);
    expect(errorCode(await api.gql(PUBLIC_PRODUCT, { id: created.id }))).toBe('NOT_FOUND');
    expect((await api.ok(DETAIL, { id: demoId })).publicInstitution.products.map((p: any) => p.id)).not.toContain(created.id);

    await api.ok(PUBLISH, { id: created.id, p: true }, institution);
    const seen = (await api.ok(PUBLIC_PRODUCT, { id: created.id })).publicServiceProduct;
    expect(seen).toMatchObject({ name: '中小企业能耗在线监测', institution: { id: demoId } });
    expect((await api.ok(DETAIL, { id: demoId })).publicInstitution.products.map((p: any) => p.id)).toContain(created.id);

    const updated = (
      await api.ok(
        UPDATE,
        { id: created.id, input: product({ name: '能耗在线监测与节能诊断', nature: 'PAID', priceNote: '首年免费，次年每年3000元' }) },
        institution,
      )
    ).updateServiceProduct;
    expect(updated).toMatchObject({ name: '能耗在线监测与节能诊断', nature: 'PAID', published: true, version: created.version + 2 });

    await api.ok(PUBLISH, { id: created.id, p: false }, institution);
    expect(errorCode(await api.gql(PUBLIC_PRODUCT, { id: created.id }))).toBe('NOT_FOUND');

    const audit = await api.ok(
      'query($id: String) { auditLogs(first: 10, filter: { entityType: "ServiceProduct", entityId: $id }) { edges { node { action actorUsername } } } }',
      { id: created.id },
      await api.login('province'),
    );
    expect(audit.auditLogs.edges.map((e: any) => e.node.action).reverse()).toEqual([
      'CREATE_SERVICE_PRODUCT',
      'PUBLISH_SERVICE_PRODUCT',
      'UPDATE_SERVICE_PRODUCT',
      'UNPUBLISH_SERVICE_PRODUCT',
    ]);
    expect(audit.auditLogs.edges.every((e: any) => e.node.actorUsername === 'institution')).toBe(true);

    expect(await api.ok(DELETE, { id: created.id }, institution)).toEqual({ deleteServiceProduct: true });
    expect((await api.ok(MINE, {}, institution)).myServiceProducts.edges.map((e: any) => e.node.id)).not.toContain(created.id);
  });

  it.each([
    ['a paid product without a price note', { nature: 'PAID' }, 'priceNote', 'PRICE_NOTE_REQUIRED'],
    ['a category that does not exist', { categoryCode: 'ASTROLOGY' }, 'categoryCode', 'CATEGORY_UNKNOWN'],
    ['a name of one character', { name: '检' }, 'name', undefined],
    ['a content that says nothing', { content: '好' }, 'content', undefined],
    ['a blank name', { name: '    ' }, 'name', undefined],
  ])('refuses %s with a field-level Chinese error and writes nothing', async (_what, over, field, code) => {
    const before = [await countRows(api, 'service_product'), await countRows(api, 'audit_log')];
    const result = await api.gql(CREATE, { input: product(over) }, institution);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const hit = result.errors![0].extensions!.fields.find((f: any) => f.field === field);
    expect(hit).toBeDefined();
    if (code) expect(hit.code).toBe(code);
    expect(hit.message).toMatch(/[\u4e00-\u9fa5]/);
    expect([await countRows(api, 'service_product'), await countRows(api, 'audit_log')]).toEqual(before);
  });

  it("answers another institution's product exactly like a missing one, and changes nothing", async () => {
    const mine = (await api.ok(MINE, {}, institution)).myServiceProducts.edges.map((e: any) => e.node);
    const target = mine.find((p: any) => p.published);
    const snapshot = await api.services.db.query('SELECT * FROM service_product WHERE id = ?', [Number(target.id)]);
    const auditBefore = await countRows(api, 'audit_log');
    for (const [query, variables] of [
      [UPDATE, { id: target.id, input: product() }],
      [PUBLISH, { id: target.id, p: false }],
      [DELETE, { id: target.id }],
    ] as const) {
      const theirs = await api.gql(query, variables, other);
      const missing = await api.gql(query, { ...variables, id: '99999999' }, other);
      expect(errorCode(theirs)).toBe('NOT_FOUND');
      expect(theirs.errors![0].message).toBe('服务产品不存在');
      expect(theirs.errors![0].message).toBe(missing.errors![0].message);
    }
    expect(await api.services.db.query('SELECT * FROM service_product WHERE id = ?', [Number(target.id)])).toEqual(snapshot);
    expect(await countRows(api, 'audit_log')).toBe(auditBefore);
    const theirList = (await api.ok(MINE, {}, other)).myServiceProducts.edges.map((e: any) => e.node.id);
    expect(theirList.some((id: string) => mine.some((p: any) => p.id === id))).toBe(false);
  });

  it('keeps products with bookings (they can only be taken down)', async () => {
    const booked: { productId: number }[] = await api.services.db.query(
      'SELECT productId FROM service_booking WHERE institutionId = ? ORDER BY id LIMIT 1',
      [Number(demoId)],
    );
    const result = await api.gql(DELETE, { id: String(booked[0].productId) }, institution);
    expect(errorCode(result)).toBe('PRODUCT_HAS_BOOKINGS');
    expect(result.errors![0].message).toMatch(/不能删除/);
    expect(await countRows(api, 'service_product', `id = ${booked[0].productId}`)).toBe(1);
  });

  it('lets only admitted institutions maintain an offer, and only institution users', async () => {
    const applicant = await otherInstitutionAccount(api, 'applicantinst', RegistryStatus.APPLICANT);
    const token = await api.login(applicant.username);
    const before = await countRows(api, 'service_product');
    const refused = await api.gql(CREATE, { input: product() }, token);
    expect(errorCode(refused)).toBe('INSTITUTION_NOT_ADMITTED');
    expect(refused.errors![0].message).toMatch(/尚未入库/);
    expect(errorCode(await api.gql(CASE_CREATE, { input: serviceCase() }, token))).toBe('INSTITUTION_NOT_ADMITTED');
    expect(errorCode(await api.gql(PROFILE, { input: { introduction: '简介' } }, token))).toBe('INSTITUTION_NOT_ADMITTED');
    expect(errorCode(await api.gql(CREATE, { input: product() }, await api.login('enterprise')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input: product() }, await api.login('province')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input: product() }))).toBe('UNAUTHENTICATED');
    expect(await countRows(api, 'service_product')).toBe(before);
  });

  it("maintains service cases: newest first in the public detail, dates checked, others' cases out of reach", async () => {
    const created = (await api.ok(CASE_CREATE, { input: serviceCase() }, institution)).createServiceCase;
    expect(created).toMatchObject({ title: '纺织企业能耗监测', servedOn: '2026-06-18' });
    const cases = (await api.ok(DETAIL, { id: demoId })).publicInstitution.cases;
    expect(cases[0].id).toBe(created.id);
    expect(
      (await api.ok(CASE_UPDATE, { id: created.id, input: serviceCase({ title: '纺织企业能耗在线监测' }) }, institution)).updateServiceCase
        .title,
    ).toBe('纺织企业能耗在线监测');
    const future = await api.gql(CASE_CREATE, { input: serviceCase({ servedOn: '2026-12-01' }) }, institution);
    expect(future.errors![0].extensions!.fields[0]).toMatchObject({ field: 'servedOn', code: 'DATE_IN_FUTURE' });
    const impossible = await api.gql(CASE_CREATE, { input: serviceCase({ servedOn: '2026-02-30' }) }, institution);
    expect(impossible.errors![0].extensions!.fields[0]).toMatchObject({ field: 'servedOn', code: 'INVALID_DATE' });
    expect(errorCode(await api.gql(CASE_DELETE, { id: created.id }, other))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(CASE_UPDATE, { id: created.id, input: serviceCase() }, other))).toBe('NOT_FOUND');
    expect(await api.ok(CASE_DELETE, { id: created.id }, institution)).toEqual({ deleteServiceCase: true });
    expect((await api.ok(DETAIL, { id: demoId })).publicInstitution.cases.map((c: any) => c.id)).not.toContain(created.id);
  });

  it("edits the institution's public profile, leaving registration data alone", async () => {
    const updated = (
      await api.ok(
        PROFILE,
        { input: { introduction: '专注中小企业数字化转型与检验检测服务。', website: 'https://jida-pq.example.cn' } },
        institution,
      )
    ).updateMyPublicProfile;
    expect(updated).toMatchObject({
      id: demoId,
      introduction: '专注中小企业数字化转型与检验检测服务。',
      website: 'https://jida-pq.example.cn',
      contactPhone: '13903141234',
    });
    expect((await api.ok(DETAIL, { id: demoId })).publicInstitution).toMatchObject({
      introduction: '专注中小企业数字化转型与检验检测服务。',
    });
    const bad = await api.gql(PROFILE, { input: { website: 'javascript:alert(1)', contactPhone: '123' } }, institution);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.field).sort()).toEqual(['contactPhone', 'website']);
    const cleared = (await api.ok(PROFILE, { input: { website: '' } }, institution)).updateMyPublicProfile;
    expect(cleared).toMatchObject({ website: null, introduction: '专注中小企业数字化转型与检验检测服务。' });
    const audit = await api.ok(
      'query($id: String) { auditLogs(first: 5, filter: { action: "UPDATE_PUBLIC_PROFILE", entityId: $id }) { totalCount } }',
      { id: demoId },
      await api.login('province'),
    );
    expect(audit.auditLogs.totalCount).toBe(2);
  });
});
