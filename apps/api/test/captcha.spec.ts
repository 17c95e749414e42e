import { PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import { loadConfig } from '../src/common/config';
import { CAPTCHA_TTL_SECONDS, CaptchaService } from '../src/modules/captcha/captcha.service';
import { CAPTCHA_AFTER_FAILURES } from '../src/modules/auth/auth.errors';
import { UserAccount } from '../src/modules/auth/user.entity';
import { applicationInNotice, solvedCaptcha, uniqueUscc } from './factories';
import { CAPTCHA_TEST_ANSWER, engines, errorCode, startTestApi, TestApi } from './harness';
import { countRows } from './service-fixtures';

/**
 * Issue #12 item 10: a self-hosted captcha on objections, self-registration and logins after repeated failures, and
 * consent to the privacy notice stored with the account. A refusal for the captcha writes nothing but the challenge's
 * use row.
 */
const LOGIN =
  'mutation($u: String!, $p: String!, $c: CaptchaAnswerInput) { login(username: $u, password: $p, captcha: $c) { token user { username } } }';
const REGISTER_ENTERPRISE = 'mutation($i: EnterpriseRegistrationInput!) { registerEnterprise(input: $i) { token user { username } } }';
const REGISTER_INSTITUTION = 'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token } }';
const OBJECT = 'mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }';

describe.each(engines())('captcha and consent on %s', (engine) => {
  let api: TestApi;
  let seq = 0;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
  });
  afterAll(() => api.close());

  const enterprise = (over: Record<string, unknown> = {}) => ({
    name: '承德市验证码测试企业有限公司',
    uscc: uniqueUscc('130802'),
    divisionCode: '130802',
    contactPerson: '孙海燕',
    contactPhone: '13931498765',
    username: `cap${engine}${++seq}`,
    password: 'Xcl#2026ok',
    privacyConsentVersion: PRIVACY_NOTICE_VERSION,
    ...over,
  });
  const writes = async () => [
    await countRows(api, 'enterprise'),
    await countRows(api, 'institution'),
    await countRows(api, 'user_account'),
    await countRows(api, 'objection'),
    await countRows(api, 'audit_log'),
  ];
  const fieldsOf = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
    (r.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string; code: string }) => `${f.field}:${f.code}`);

  it('issues an SVG challenge without writing anything', async () => {
    const before = await countRows(api, 'captcha_use');
    const { captcha } = await api.ok('{ captcha { id svg expiresAt } }');
    expect(captcha.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(captcha.id).toMatch(/^[0-9a-f]{32}\.\d{10}\.[\w-]{43}\.[\w-]{43}$/);
    // Nothing of the answer travels in the clear.
    expect(captcha.id.toUpperCase()).not.toContain(CAPTCHA_TEST_ANSWER);
    expect(new Date(captcha.expiresAt).getTime() - api.clock.now().getTime()).toBe(CAPTCHA_TTL_SECONDS * 1000);
    expect(await countRows(api, 'captcha_use')).toBe(before);
  });

  it('registers with consent and a solved captcha, and stores the consent version and time with the account', async () => {
    const input = enterprise({ captcha: { id: (await solvedCaptcha(api)).id, answer: CAPTCHA_TEST_ANSWER.toLowerCase() } });
    const data = await api.ok(REGISTER_ENTERPRISE, { i: input });
    expect(data.registerEnterprise.user.username).toBe(input.username);
    const user = await api.services.db.getRepository(UserAccount).findOneByOrFail({ username: input.username as string });
    expect(user.privacyConsentVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(new Date(user.privacyConsentAt!).toISOString()).toBe(api.clock.now().toISOString());
    const [audit] = await api.services.db.query("SELECT after FROM audit_log WHERE action = 'REGISTER_ENTERPRISE' ORDER BY id DESC");
    expect(JSON.parse(audit.after)).toMatchObject({ privacyConsentVersion: PRIVACY_NOTICE_VERSION });
  });

  it.each([
    ['no captcha', 'CAPTCHA_REQUIRED', undefined],
    ['an empty answer', 'CAPTCHA_REQUIRED', async () => ({ id: (await solvedCaptcha(api)).id, answer: ' ' })],
    ['a wrong answer', 'CAPTCHA_INVALID', async () => ({ id: (await solvedCaptcha(api)).id, answer: 'NOPE' })],
    [
      'a forged id',
      'CAPTCHA_INVALID',
      async () => ({ id: `${'0'.repeat(32)}.9999999999.${'a'.repeat(43)}.${'b'.repeat(43)}`, answer: CAPTCHA_TEST_ANSWER }),
    ],
    ['a malformed id', 'CAPTCHA_INVALID', async () => ({ id: 'x', answer: CAPTCHA_TEST_ANSWER })],
  ])('refuses a sign-up with %s (%s) and writes nothing', async (_what, code, captcha) => {
    const before = await writes();
    for (const query of [REGISTER_ENTERPRISE, REGISTER_INSTITUTION]) {
      const r = await api.gql(query, { i: enterprise({ captcha: captcha ? await captcha() : undefined }) });
      expect(errorCode(r)).toBe(code);
      expect(fieldsOf(r)).toEqual([`captcha:${code}`]);
      expect(r.errors![0].message).toMatch(/验证码/);
    }
    expect(await writes()).toEqual(before);
  });

  it('refuses a sign-up without consent to the notice in force, before the captcha is spent', async () => {
    const before = [...(await writes()), await countRows(api, 'captcha_use')];
    for (const [version, code] of [
      [undefined, 'PRIVACY_CONSENT_REQUIRED'],
      ['2020-01', 'PRIVACY_NOTICE_OUTDATED'],
    ]) {
      const r = await api.gql(REGISTER_ENTERPRISE, {
        i: enterprise({ privacyConsentVersion: version, captcha: await solvedCaptcha(api) }),
      });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([`privacyConsentVersion:${code}`]);
    }
    expect([...(await writes()), await countRows(api, 'captcha_use')]).toEqual(before);
  });

  it('accepts a challenge once: the second use, and any use after a wrong answer, is refused', async () => {
    const once = await solvedCaptcha(api);
    expect(errorCode(await api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: once }) }))).toBeUndefined();
    expect(errorCode(await api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: once }) }))).toBe('CAPTCHA_INVALID');
    const guessed = await solvedCaptcha(api);
    expect(errorCode(await api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: { ...guessed, answer: 'AAAA' } }) }))).toBe(
      'CAPTCHA_INVALID',
    );
    expect(errorCode(await api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: guessed }) }))).toBe('CAPTCHA_INVALID');
  });

  it('accepts exactly one of 20 parallel uses of one challenge', async () => {
    const shared = await solvedCaptcha(api);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: shared }) })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'CAPTCHA_INVALID').length).toBe(19);
  });

  it('refuses a challenge after its 5 minutes', async () => {
    const old = await solvedCaptcha(api);
    const saved = api.clock.now();
    api.clock.set(new Date(saved.getTime() + CAPTCHA_TTL_SECONDS * 1000));
    try {
      expect(errorCode(await api.gql(REGISTER_ENTERPRISE, { i: enterprise({ captcha: old }) }))).toBe('CAPTCHA_INVALID');
    } finally {
      api.clock.set(saved);
    }
  });

  it('asks for a captcha on an objection, after telling whether the application is in notice', async () => {
    const applicationId = await applicationInNotice(api, `验证码公示批次-${engine}`, '平泉市验证码异议测试有限公司');
    const input = { applicationId, name: '知情群众', contact: '13800000000', content: '对该机构申报材料的真实性有疑问，请核实。' };
    const before = await writes();
    expect(errorCode(await api.gql(OBJECT, { i: { ...input, applicationId: '99999999' } }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(OBJECT, { i: input }))).toBe('CAPTCHA_REQUIRED');
    expect(errorCode(await api.gql(OBJECT, { i: { ...input, captcha: { ...(await solvedCaptcha(api)), answer: 'ZZZZ' } } }))).toBe(
      'CAPTCHA_INVALID',
    );
    expect(await writes()).toEqual(before);
    expect((await api.ok(OBJECT, { i: { ...input, captcha: await solvedCaptcha(api) } })).fileObjection.id).toBeTruthy();
  });

  it.each([
    ['an account', 'chengde'],
    ['an unknown name', `ghost${Date.now() % 1e6}`],
  ])(`asks %s for a captcha after ${CAPTCHA_AFTER_FAILURES} failures; refused for it, nothing is counted or audited`, async (_what, u) => {
    const failures = async () => api.services.db.query("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'LOGIN%'");
    for (let i = 1; i <= CAPTCHA_AFTER_FAILURES; i++) {
      const r = await api.gql(LOGIN, { u, p: `Bad#pass${i}` });
      expect(errorCode(r)).toBe('INVALID_CREDENTIALS');
      expect(r.errors![0].extensions!.captchaRequired).toBe(i >= CAPTCHA_AFTER_FAILURES);
    }
    const audited = await failures();
    // Not even the right password is checked without the captcha.
    for (const p of ['Bad#pass9', 'Hebei@2026']) {
      const r = await api.gql(LOGIN, { u, p });
      expect(errorCode(r)).toBe('CAPTCHA_REQUIRED');
      expect(r.errors![0].message).toBe('请输入图形验证码');
    }
    expect(errorCode(await api.gql(LOGIN, { u, p: 'Hebei@2026', c: { ...(await solvedCaptcha(api)), answer: 'XXXX' } }))).toBe(
      'CAPTCHA_INVALID',
    );
    expect(await failures()).toEqual(audited);
    if (u === 'chengde') {
      expect((await api.services.db.getRepository(UserAccount).findOneByOrFail({ username: u })).failedLoginCount).toBe(
        CAPTCHA_AFTER_FAILURES,
      );
      const ok = await api.gql(LOGIN, { u, p: 'Hebei@2026', c: await solvedCaptcha(api) });
      expect(ok.data?.login.user.username).toBe('chengde');
      // A success resets the count: the next login needs no captcha.
      expect(errorCode(await api.gql(LOGIN, { u, p: 'Hebei@2026' }))).toBeUndefined();
    } else {
      const r = await api.gql(LOGIN, { u, p: 'Bad#pass4', c: await solvedCaptcha(api) });
      expect(errorCode(r)).toBe('INVALID_CREDENTIALS');
    }
  });

  it('never asks a first login for a captcha (the e2e suite and every user log in without one)', async () => {
    expect(errorCode(await api.gql(LOGIN, { u: 'province', p: 'Hebei@2026' }))).toBeUndefined();
  });
});

describe('the test-only answer channel', () => {
  it('is refused in production and takes only letters and digits', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CAPTCHA_TEST_ANSWER: 'T3ST' } as NodeJS.ProcessEnv),
    ).toThrow(/CAPTCHA_TEST_ANSWER/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), CAPTCHA_TEST_ANSWER: 'a b' } as NodeJS.ProcessEnv)).toThrow(
      /CAPTCHA_TEST_ANSWER/,
    );
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(40) } as NodeJS.ProcessEnv).captchaTestAnswer).toBeUndefined();
  });

  it('without it, every challenge has its own id and a forged one is refused before the database is touched', async () => {
    const service = new CaptchaService(undefined as never, { now: () => new Date('2026-11-27T02:00:00Z') } as never, 'y'.repeat(40));
    expect(new Set(Array.from({ length: 5 }, () => service.issue().id)).size).toBe(5);
    const forged = `${'1'.repeat(32)}.1796181373.${'a'.repeat(43)}.${'b'.repeat(43)}`;
    await expect(service.check({ id: forged, answer: CAPTCHA_TEST_ANSWER })).rejects.toMatchObject({
      extensions: { code: 'CAPTCHA_INVALID' },
    });
  });
});
