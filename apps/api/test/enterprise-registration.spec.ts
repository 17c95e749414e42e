import { makeUscc } from '@hebei/domain';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import { signUpExtras } from './factories';
import { countRows } from './service-fixtures';

const REGISTER = `mutation($input: EnterpriseRegistrationInput!) {
  registerEnterprise(input: $input) { token user { username role displayName enterpriseId } }
}`;

const valid = async (api: TestApi, over: Record<string, unknown> = {}) => ({
  ...(await signUpExtras(api)),
  name: '承德市宏远新材料有限公司',
  uscc: makeUscc('91130802MA0REG001'),
  divisionCode: '130802',
  contactPerson: '孙海燕',
  contactPhone: '13931498765',
  username: 'hongyuan',
  password: 'Xcl#2026ok',
  ...over,
});

describe.each(engines())('enterprise registration on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(() => api.close());

  const counts = async () => [
    await countRows(api, 'enterprise'),
    await countRows(api, 'user_account'),
    await countRows(api, 'audit_log', "action = 'REGISTER_ENTERPRISE'"),
  ];

  it('registers an SME with its ENTERPRISE account, logs it in and audits it', async () => {
    const data = await api.ok(REGISTER, { input: await valid(api, { uscc: ` ${makeUscc('91130802MA0REG001').toLowerCase()} ` }) });
    expect(data.registerEnterprise.user).toMatchObject({
      username: 'hongyuan',
      role: 'ENTERPRISE',
      displayName: '承德市宏远新材料有限公司',
    });
    const token = data.registerEnterprise.token;
    const mine = await api.ok('{ myEnterprise { id name uscc divisionCode division { name } contactPerson contactPhone } }', {}, token);
    expect(mine.myEnterprise).toMatchObject({
      id: data.registerEnterprise.user.enterpriseId,
      uscc: makeUscc('91130802MA0REG001'),
      division: { name: '双桥区' },
      contactPerson: '孙海燕',
    });
    // The new account can book at once.
    expect((await api.ok('{ myBookings { totalCount } }', {}, token)).myBookings.totalCount).toBe(0);
    const audit = await api.ok(
      '{ auditLogs(first: 5, filter: { action: "REGISTER_ENTERPRISE" }) { edges { node { actorUsername entityType entityId } } } }',
      {},
      await api.login('province'),
    );
    expect(audit.auditLogs.edges[0].node).toMatchObject({
      actorUsername: 'hongyuan',
      entityType: 'Enterprise',
      entityId: data.registerEnterprise.user.enterpriseId,
    });
  });

  it.each([
    ['an invalid USCC check character', { uscc: '91130802MA0REG001X' }, 'uscc', 'USCC_INVALID'],
    ['a USCC registered outside Hebei', { uscc: makeUscc('91110108MA0REG009') }, 'uscc', 'USCC_NOT_HEBEI'],
    ['a USCC already registered (the demo enterprise)', { uscc: makeUscc('91130802MA0ENT001') }, 'uscc', 'USCC_TAKEN'],
    ['a username already taken', { uscc: makeUscc('91130802MA0REG002'), username: 'province' }, 'username', 'USERNAME_TAKEN'],
    ['a weak password', { uscc: makeUscc('91130802MA0REG003'), password: 'abcdefgh' }, 'password', 'PASSWORD_WEAK'],
    ['a short password', { uscc: makeUscc('91130802MA0REG003'), password: 'Ab1!' }, 'password', 'PASSWORD_TOO_SHORT'],
    [
      'a password containing the username',
      { uscc: makeUscc('91130802MA0REG003'), username: 'hengtai', password: 'Hengtai@2026' },
      'password',
      'PASSWORD_CONTAINS_USERNAME',
    ],
    [
      'a division that is not a county',
      { uscc: makeUscc('91130802MA0REG003'), divisionCode: '130800' },
      'divisionCode',
      'DIVISION_UNKNOWN',
    ],
    ['a malformed phone', { uscc: makeUscc('91130802MA0REG003'), contactPhone: '12345' }, 'contactPhone', undefined],
    ['a malformed username', { uscc: makeUscc('91130802MA0REG003'), username: '1赵' }, 'username', undefined],
  ])('refuses %s with a field-level Chinese error and writes nothing', async (_what, over, field, code) => {
    const before = await counts();
    const result = await api.gql(REGISTER, { input: await valid(api, over) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const hit = result.errors![0].extensions!.fields.find((f: any) => f.field === field);
    expect(hit).toBeDefined();
    if (code) expect(hit.code).toBe(code);
    expect(hit.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a second registration of a USCC, whoever tries', async () => {
    const input = await valid(api, { uscc: makeUscc('91130802MA0REG004'), username: 'firstco' });
    await api.ok(REGISTER, { input });
    const before = await counts();
    const again = await api.gql(REGISTER, { input: { ...input, username: 'secondco', ...(await signUpExtras(api)) } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions!.fields).toEqual([
      { field: 'uscc', code: 'USCC_TAKEN', message: '该统一社会信用代码已注册，请直接登录或联系管理员' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('lets only enterprise accounts ask for their enterprise', async () => {
    expect(errorCode(await api.gql('{ myEnterprise { id } }', {}, await api.login('institution')))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql('{ myEnterprise { id } }'))).toBe('UNAUTHENTICATED');
    expect((await api.ok('{ myEnterprise { name } }', {}, await api.login('enterprise'))).myEnterprise.name).toBe(
      '承德市恒信精密机械有限公司',
    );
  });
});
