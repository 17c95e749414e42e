import { makeUscc } from '@hebei/domain';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import { signUpExtras, uniqueUscc } from './factories';

const REGISTER =
  'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token user { role institutionId username } } }';
const COUNT = '{ institutions(first: 1) { totalCount } }';

describe.each(engines())('institution self-registration on %s', (engine) => {
  let api: TestApi;
  const input = async (over: Record<string, unknown> = {}) => ({
    ...(await signUpExtras(api)),
    name: '平泉市注册测试服务有限公司',
    uscc: uniqueUscc('130881'),
    divisionCode: '130881',
    contactPerson: '王建国',
    contactPhone: '13931400000',
    username: `reg_${engine}_${Math.floor(Math.random() * 1e6)}`,
    password: 'Strong#Pass2026',
    ...over,
  });
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(() => api.close());

  it('creates an applicant institution and an INSTITUTION account bound to it, logged in', async () => {
    const data = await api.ok(REGISTER, { i: await input({ username: `ok_${engine}` }) });
    expect(data.registerInstitution.user).toMatchObject({ role: 'INSTITUTION', username: `ok_${engine}` });
    const own = await api.ok(
      'query($id: ID!) { institution(id: $id) { registryStatus divisionCode } }',
      { id: data.registerInstitution.user.institutionId },
      data.registerInstitution.token,
    );
    expect(own.institution).toEqual({ registryStatus: 'APPLICANT', divisionCode: '130881' });
  });

  it.each([
    ['an invalid USCC', { uscc: '91130881MA0TEX001X' }, 'uscc', 'USCC_INVALID'],
    ['a USCC registered outside Hebei (E1)', { uscc: makeUscc('91110108MA0REG009') }, 'uscc', 'USCC_NOT_HEBEI'],
    ['an unknown division', { divisionCode: '139999' }, 'divisionCode', 'DIVISION_UNKNOWN'],
    ['a city instead of a county', { divisionCode: '130800' }, 'divisionCode', 'DIVISION_UNKNOWN'],
    ['a weak password', { password: 'password' }, 'password', undefined],
    ['a malformed username', { username: '1abc' }, 'username', undefined],
  ])('refuses %s with a field error and writes nothing', async (_what, over, field, code) => {
    const before = await api.ok(COUNT, {}, await api.login('province'));
    const r = await api.gql(REGISTER, { i: await input(over) });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    const hit = r.errors![0].extensions!.fields.find((f: any) => f.field === field);
    expect(hit).toBeDefined();
    if (code) expect(hit.code).toBe(code);
    expect(hit.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await api.ok(COUNT, {}, await api.login('province'))).toEqual(before);
  });

  it('refuses a USCC or username already registered', async () => {
    const first = await input({ username: `dup_${engine}` });
    await api.ok(REGISTER, { i: first });
    const r = await api.gql(REGISTER, { i: { ...first, ...(await signUpExtras(api)) } });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: any) => f.code).sort()).toEqual(['USCC_TAKEN', 'USERNAME_TAKEN']);
  });
});
