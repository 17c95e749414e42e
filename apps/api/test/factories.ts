import { makeUscc, PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import { CAPTCHA_TEST_ANSWER, TestApi } from './harness';

/** A fresh captcha challenge answered through the test-only channel (each one is good for one attempt). */
export async function solvedCaptcha(api: TestApi): Promise<{ id: string; answer: string }> {
  const data = await api.ok<{ captcha: { id: string } }>('{ captcha { id } }');
  return { id: data.captcha.id, answer: CAPTCHA_TEST_ANSWER };
}

/** What every public sign-up carries besides its fields: consent to the privacy notice in force and a solved captcha. */
export async function signUpExtras(api: TestApi): Promise<{ privacyConsentVersion: string; captcha: { id: string; answer: string } }> {
  return { privacyConsentVersion: PRIVACY_NOTICE_VERSION, captcha: await solvedCaptcha(api) };
}

let seq = 0;
/** A valid, unique USCC for a place: registration authority 9 (market regulation), type 1 (company). */
export function uniqueUscc(divisionCode: string): string {
  seq += 1;
  const org = `MA${String(Date.now() % 1e5).padStart(5, '0')}${String(seq).padStart(2, '0')}`.replace(/[IOZSV]/g, '0');
  return makeUscc(`91${divisionCode}${org}`);
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

export async function createOpenBatch(
  api: TestApi,
  name: string,
  onlineDeadline = '2026-12-31',
  paperDeadline = '2027-01-05',
): Promise<string> {
  const province = await api.login('province');
  const created = await api.ok(
    'mutation($i: BatchInput!) { createBatch(input: $i) { id } }',
    { i: { name, onlineDeadline, paperDeadline } },
    province,
  );
  await api.ok('mutation($id: ID!) { openBatch(id: $id) { status } }', { id: created.createBatch.id }, province);
  return created.createBatch.id;
}

export const APPLICANT_PASSWORD = 'Strong#Pass2026';

export async function registerInstitution(
  api: TestApi,
  divisionCode: string,
  name: string,
): Promise<{ token: string; username: string; uscc: string }> {
  seq += 1;
  const username = `inst${Date.now() % 1e6}x${seq}`;
  const uscc = uniqueUscc(divisionCode);
  const data = await api.ok(
    'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token user { role institutionId } } }',
    {
      i: {
        name,
        uscc,
        divisionCode,
        contactPerson: '王建国',
        contactPhone: '13931400000',
        username,
        password: APPLICANT_PASSWORD,
        ...(await signUpExtras(api)),
      },
    },
  );
  return { token: data.registerInstitution.token, username, uscc };
}

/** Every field of Attachment 2 filled so that E1–E10 pass. */
export const ELIGIBLE_FORM = {
  name: '测试服务机构有限公司',
  institutionType: 'ENTERPRISE',
  nature: 'PUBLIC_WELFARE',
  address: '河北省承德市平泉市建设路1号',
  postalCode: '067500',
  legalRepresentative: '王建国',
  foundedOn: '2020-05-01',
  registeredCapital: 500,
  contactPerson: '王建国',
  contactPhone: '13931400000',
  email: 'wjg@example.cn',
  employees: 45,
  qualifiedStaff: 30,
  cooperatingExperts: 20,
  seniorExperts: 10,
  cooperatingInstitutions: 5,
  serviceAssets: 180,
  totalAssets: 200,
  premisesArea: 150,
  mainCategories: ['TESTING_INSPECTION', 'DIGITAL_EMPOWERMENT'],
  activitiesNarrative: '2024年参与“百场万家”公益服务活动12场，组织“一起益企”中小企业服务行动，为县域企业提供检验检测与数字化诊断服务。',
  lastYear: 2025,
  revenueLastYear: 320.5,
  profitLastYear: 41.2,
  enterprisesServedLastYear: 130,
  activitySessionsLastYear: 14,
  revenuePrevYear: 280,
  profitPrevYear: 30,
  enterprisesServedPrevYear: 110,
  activitySessionsPrevYear: 10,
  smesServedLastYear: 100,
  pointToPointEnterprises: 10,
  declaresNoCreditBlacklist: true,
  declarationSigned: true,
  declarationSignedBy: '王建国',
  products: [{ name: '产品质量检验', content: '机械零部件尺寸与材料检验', application: '服务县域企业60家' }],
  staff: [{ name: '李工', post: '技术负责人', title: '高级工程师', education: '硕士', hasContractProof: true }],
  servedEnterprises: [{ name: '平泉市某机械有限公司', nature: 'PUBLIC_WELFARE', satisfaction: '满意' }],
};

export async function upload(api: TestApi, token: string, applicationId: string, slot: number, body: Buffer, fileName = `材料${slot}.pdf`) {
  const res = await fetch(api.url.replace('/graphql', `/api/applications/${applicationId}/attachments/${slot}`), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Creates, fills, attaches 1–11 and submits; returns the application id. */
export async function submitEligibleApplication(
  api: TestApi,
  token: string,
  batchId: string,
  form: Record<string, unknown> = {},
): Promise<string> {
  const created = await api.ok('mutation($b: ID!) { createApplication(batchId: $b) { id } }', { b: batchId }, token);
  const id = created.createApplication.id;
  await api.ok(
    'mutation($id: ID!, $i: ApplicationInput!) { saveApplication(id: $id, input: $i) { id } }',
    { id, i: { ...ELIGIBLE_FORM, ...form } },
    token,
  );
  for (let slot = 1; slot <= 11; slot++) {
    const r = await upload(api, token, id, slot, PDF);
    if (r.status !== 201) throw new Error(`upload ${slot} failed: ${JSON.stringify(r.body)}`);
  }
  await api.ok('mutation($id: ID!) { submitApplication(id: $id) { status } }', { id }, token);
  return id;
}

export const REVIEW = 'mutation($i: ReviewInput!) { reviewApplication(input: $i) { id status version } }';
export const VERSION = 'query($id: ID!) { application(id: $id) { version status } }';

export async function review(api: TestApi, username: string, applicationId: string, action: string, opinion?: string) {
  const token = await api.login(username);
  const current = await api.ok(VERSION, { id: applicationId }, token);
  return api.gql(REVIEW, { i: { applicationId, expectedVersion: current.application.version, action, opinion } }, token);
}

/** An eligible application taken through county, city and province review and published; returns its id. */
export async function applicationInNotice(api: TestApi, batchName: string, name: string): Promise<string> {
  const batchId = await createOpenBatch(api, batchName);
  const inst = await registerInstitution(api, '130881', name);
  const id = await submitEligibleApplication(api, inst.token, batchId);
  for (const [user, opinion] of [
    ['pingquan', '同意'],
    ['chengde', '同意推荐'],
    ['province', '同意'],
  ]) {
    const r = await review(api, user, id, 'APPROVE', opinion);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
  await api.ok('mutation($b: ID!) { publishNotice(batchId: $b) { id } }', { b: batchId }, await api.login('province'));
  return id;
}
