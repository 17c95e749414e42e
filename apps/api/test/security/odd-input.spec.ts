import { ELIGIBLE_FORM, createOpenBatch, registerInstitution, signUpExtras, uniqueUscc } from '../factories';
import { engines, errorCode, startTestApi, TestApi } from '../harness';
import { rowCounts } from './lib/db';

/**
 * Issue #8, finding 7 (GraphQL): valid-but-large and merely odd input answers data or a typed client error — never an
 * internal error, and a refusal writes nothing. (The REST side is in uploads.spec.ts, transport in abuse-probes.)
 */
const SAVE = 'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id name } }';

/** The largest application the validators accept: every list at its maximum length, every text at its limit. */
function maximalForm() {
  const text = (n: number) => '测'.repeat(n);
  return {
    ...ELIGIBLE_FORM,
    name: text(200),
    address: text(255),
    legalRepresentative: text(50),
    contactPerson: text(50),
    activitiesNarrative: text(600),
    otherCategoryDescription: text(200),
    declarationSignedBy: text(50),
    products: Array.from({ length: 50 }, () => ({ name: text(100), content: text(500), application: text(500) })),
    staff: Array.from({ length: 200 }, () => ({
      name: text(50),
      post: text(50),
      title: text(50),
      education: text(20),
      hasContractProof: true,
    })),
    servedEnterprises: Array.from({ length: 500 }, () => ({ name: text(200), nature: 'MARKET', satisfaction: '基本满意' })),
  };
}

describe.each(engines())('odd input on %s', (engine) => {
  let api: TestApi;
  let inst: { token: string };
  let appId: string;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
    const batchId = await createOpenBatch(api, `奇异输入批次-${engine}`);
    inst = await registerInstitution(api, '130881', '平泉市奇异输入测试有限公司');
    appId = (await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, inst.token)).createApplication.id;
  });
  afterAll(() => api.close());

  it('registers a unit whose name has 200 characters (the account shows it in full)', async () => {
    const name = `平泉市${'长'.repeat(193)}有限公司`;
    expect(name).toHaveLength(200);
    const data = await api.ok('mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { user { displayName } } }', {
      i: {
        name,
        uscc: uniqueUscc('130881'),
        divisionCode: '130881',
        contactPerson: '王建国',
        contactPhone: '13931400000',
        username: `long${engine}name`,
        password: 'Strong#Pass2026',
        ...(await signUpExtras(api)),
      },
    });
    expect(data.registerInstitution.user.displayName).toBe(name);
  });

  it('saves a maximal application and audits it in full', async () => {
    const form = maximalForm();
    const data = await api.ok(SAVE, { id: appId, i: form }, inst.token);
    expect(data.saveApplication.name).toBe(form.name);
    const [row] = await api.services.db.query(
      "SELECT after FROM audit_log WHERE action = 'SAVE_APPLICATION' AND entityId = ? ORDER BY id DESC LIMIT 1",
      [appId],
    );
    expect(Buffer.byteLength(row.after, 'utf8')).toBeGreaterThan(65_535);
    expect(JSON.parse(row.after).servedEnterprises).toHaveLength(500);
  });

  it.each([
    ['foundedOn', { foundedOn: '0000-02-29' }],
    ['foundedOn', { foundedOn: '1899-12-31' }],
    ['foundedOn', { foundedOn: '2101-01-01' }],
    ['name', { name: null }],
    ['mainCategories', { mainCategories: null }],
    ['mainCategories', { mainCategories: ['x'.repeat(10_000)] }],
    ['declarationSigned', { declarationSigned: null }],
  ])('refuses %s in %j as bad input and writes nothing', async (field, input) => {
    const before = await rowCounts(api);
    const r = await api.gql(SAVE, { id: appId, i: input }, inst.token);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await rowCounts(api)).toEqual(before);
  });

  it('refuses a lone UTF-16 surrogate in an e-mail as bad input (the validator throws instead of reporting)', async () => {
    const before = await rowCounts(api);
    const r = await api.gql(SAVE, { id: appId, i: { email: '\ud800' } }, inst.token);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await rowCounts(api)).toEqual(before);
  });

  it.each([
    [
      'createBatch',
      'mutation { createBatch(input: { name: "远古批次", onlineDeadline: "0001-01-01", paperDeadline: "9999-12-31" }) { id } }',
    ],
    ['isWorkingDay', '{ isWorkingDay(date: "0000-01-01") }'],
    ['removeCalendarDay', 'mutation { removeCalendarDay(date: "2100-02-30") }'],
    ['bookingStatistics', '{ bookingStatistics(filter: { from: "0000-02-29" }) { totalCount } }'],
    ['auditLogs', '{ auditLogs(filter: { from: "0001-01-01T00:00:00.000Z" }) { totalCount } }'],
  ])('refuses a date outside 1900–2100 in %s', async (_op, query) => {
    const r = await api.gql(query, {}, await api.login('province'));
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['institutions', 'province', '{ institutions(filter: null) { totalCount } }'],
    ['myBookings', 'enterprise', '{ myBookings(filter: null) { totalCount } }'],
    ['bookingInbox', 'institution', '{ bookingInbox(filter: null) { totalCount } }'],
    ['overdueBookings', 'chengde', '{ overdueBookings(filter: null) { totalCount } }'],
    ['bookingStatistics', 'province', '{ bookingStatistics(filter: null) { totalCount } }'],
    ['applications', 'province', '{ applications(filter: null, first: null, after: null) { totalCount } }'],
    ['browseInstitutions', 'enterprise', '{ browseInstitutions(filter: null, sort: null) { totalCount } }'],
    ['auditLogs', 'province', '{ auditLogs(filter: null) { totalCount } }'],
  ])('answers %s(filter: null) like no filter', async (op, who, query) => {
    const data = await api.ok(query, {}, await api.login(who));
    expect(typeof data[op].totalCount).toBe('number');
  });

  it.each(['0x1', '1e0', ' 1', '1 ', '01', '+1', '1.0', '-1', '0', '１', '99999999999'])('does not resolve the id %j', async (id) => {
    const province = await api.login('province');
    const one = (await api.ok('{ institutions(first: 1) { edges { node { id } } } }', {}, province)).institutions.edges[0].node.id;
    expect(one).toBe('1');
    expect((await api.ok('query($id: ID!) { institution(id: $id) { id } }', { id: '1' }, province)).institution.id).toBe('1');
    const r = await api.gql('query($id: ID!) { institution(id: $id) { id } }', { id }, province);
    expect(errorCode(r)).toBe('NOT_FOUND');
  });

  it.each(['garbage', 'aWQ6', 'aWQ6OTk5OTk5OTk5OTk5OTk5OTk5OQ', '__proto__'])('refuses the cursor %j as bad input', async (after) => {
    const r = await api.gql('query($a: String) { institutions(after: $a) { totalCount } }', { a: after }, await api.login('province'));
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
  });
});
