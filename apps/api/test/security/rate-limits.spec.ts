import { clientKey, parseTrustProxy } from '../../src/common/client-ip';
import { DEFAULT_RATE_LIMITS } from '../../src/common/rate-limit';
import { signUpExtras, solvedCaptcha, uniqueUscc } from '../factories';
import { applicationInNotice } from '../factories';
import { engines, errorCode, startTestApi, TestApi } from '../harness';
import { tally } from './lib/db';

/**
 * Issue #8, findings 5 and 6: limits counted atomically in the database (so they hold under races and across API
 * replicas), per client address resolved through the configured number of proxies, answered RATE_LIMITED with a
 * retry time.
 */
const OBJECT = 'mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const REGISTER = 'mutation($i: EnterpriseRegistrationInput!) { registerEnterprise(input: $i) { token } }';

async function gqlFrom(
  api: TestApi,
  query: string,
  vars: Record<string, unknown> | Promise<Record<string, unknown>>,
  forwardedFor?: string,
) {
  const variables = await vars;
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

const objection = async (api: TestApi, applicationId: string, i: number) => ({
  i: {
    applicationId,
    name: `异议人${i}`,
    contact: '13800000000',
    content: '对该机构申报材料的真实性有疑问，请核实。',
    captcha: await solvedCaptcha(api),
  },
});

describe.each(engines())('rate limits on %s', (engine) => {
  describe('behind no proxy (TRUST_PROXY unset)', () => {
    let api: TestApi;
    let applicationId: string;
    beforeAll(async () => {
      api = await startTestApi(engine, { demoInstitutions: 5, rateLimits: DEFAULT_RATE_LIMITS });
      applicationId = await applicationInNotice(api, `限频批次-${engine}`, '平泉市限频并发测试有限公司');
    });
    afterAll(() => api.close());

    it('accepts exactly 5 of 30 parallel objections from one address, whatever X-Forwarded-For says', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => gqlFrom(api, OBJECT, objection(api, applicationId, i), `10.0.${i}.1`)),
      );
      expect(tally(results.map((r) => r.errors?.[0]?.extensions?.code))).toEqual({ OK: 5, RATE_LIMITED: 25 });
      const [row] = await api.services.db.query('SELECT COUNT(*) AS n FROM objection WHERE applicationId = ?', [applicationId]);
      expect(Number(row.n)).toBe(5);
      const refused = results.find((r) => r.errors)!.errors![0];
      expect(refused.message).toMatch(/^提交过于频繁，请于 \d+ 分钟后再试$/);
      expect(refused.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
      const retryAt = new Date(refused.extensions!.retryAt).getTime();
      expect(retryAt).toBeGreaterThan(api.clock.now().getTime());
      expect(retryAt).toBeLessThanOrEqual(api.clock.now().getTime() + 3600_000);
    });
  });

  describe('behind one trusted proxy (TRUST_PROXY=1)', () => {
    let api: TestApi;
    let applicationId: string;
    beforeAll(async () => {
      api = await startTestApi(engine, { demoInstitutions: 5, rateLimits: DEFAULT_RATE_LIMITS, config: { trustProxyHops: 1 } });
      applicationId = await applicationInNotice(api, `代理限频批次-${engine}`, '平泉市代理限频测试有限公司');
    });
    afterAll(() => api.close());

    it('counts by the address the proxy appended; what the client prepended changes nothing', async () => {
      // The proxy appends the real client (203.0.113.7) after whatever the client sent.
      const forged = await Promise.all(
        Array.from({ length: 12 }, (_, i) => gqlFrom(api, OBJECT, objection(api, applicationId, i), `198.51.100.${i}, 203.0.113.7`)),
      );
      expect(tally(forged.map((r) => r.errors?.[0]?.extensions?.code))).toEqual({ OK: 5, RATE_LIMITED: 7 });
      // Another client behind the same proxy has its own budget, and its rows carry its address.
      const other = await gqlFrom(api, OBJECT, objection(api, applicationId, 99), '203.0.113.8');
      expect(other.errors).toBeUndefined();
      const [row] = await api.services.db.query('SELECT ip FROM objection WHERE id = ?', [Number(other.data.fileObjection.id)]);
      expect(row.ip).toBe('203.0.113.8');
    });

    it('counts failed logins per address across usernames, and gives a successful login its attempt back', async () => {
      const limit = DEFAULT_RATE_LIMITS.loginFailures.limit;
      const from = '203.0.113.20';
      expect((await gqlFrom(api, LOGIN, { u: 'province', p: 'Hebei@2026' }, from)).errors).toBeUndefined();
      const failures = await Promise.all(
        Array.from({ length: limit + 5 }, (_, i) => gqlFrom(api, LOGIN, { u: `spray${i}`, p: 'Password1!' }, from)),
      );
      expect(tally(failures.map(errorCode))).toEqual({ INVALID_CREDENTIALS: limit, RATE_LIMITED: 5 });
      const limited = failures.find((r) => errorCode(r) === 'RATE_LIMITED')!.errors![0];
      expect(limited.message).toMatch(/^登录失败次数过多，请于 \d+ 分钟后再试$/);
      // Even the right password waits: the limit is the address's, not the account's. Other addresses log in.
      expect(errorCode(await gqlFrom(api, LOGIN, { u: 'province', p: 'Hebei@2026' }, from))).toBe('RATE_LIMITED');
      expect(errorCode(await gqlFrom(api, LOGIN, { u: 'province', p: 'Hebei@2026' }, '203.0.113.21'))).toBeUndefined();
      const saved = api.clock.now();
      api.clock.set(new Date(saved.getTime() + DEFAULT_RATE_LIMITS.loginFailures.windowSeconds * 1000));
      try {
        expect(errorCode(await gqlFrom(api, LOGIN, { u: 'province', p: 'Hebei@2026' }, from))).toBeUndefined();
      } finally {
        api.clock.set(saved);
      }
    });

    it('limits sign-ups per address, and says a username is taken only within the limit', async () => {
      const limit = DEFAULT_RATE_LIMITS.registrations.limit;
      const input = async (i: number) => ({
        i: {
          ...(await signUpExtras(api)),
          name: `限频注册测试企业${i}`,
          uscc: uniqueUscc('130802'),
          divisionCode: '130802',
          contactPerson: '李四',
          contactPhone: '13831400000',
          username: 'province',
          password: 'Strong#Pass2026',
        },
      });
      const results = await Promise.all(Array.from({ length: limit + 10 }, (_, i) => gqlFrom(api, REGISTER, input(i), '203.0.113.30')));
      expect(tally(results.map(errorCode))).toEqual({ BAD_USER_INPUT: limit, RATE_LIMITED: 10 });
      const limited = results.find((r) => errorCode(r) === 'RATE_LIMITED')!;
      expect(JSON.stringify(limited)).not.toMatch(/USERNAME_TAKEN|用户名/);
    });
  });
});

describe('client addresses and proxy hops', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['true', 1],
    ['1', 1],
    ['2', 2],
  ])('reads TRUST_PROXY=%s as %s hops', (value, hops) => {
    expect(parseTrustProxy(value)).toBe(hops);
  });

  it.each(['yes', '-1', 'loopback', '1.5'])('refuses TRUST_PROXY=%s', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
  });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:0db8:0001:0002::/64'],
    ['2001:db8:1:2::9', '2001:0db8:0001:0002::/64'],
    ['::1', '0000:0000:0000:0000::/64'],
    [null, 'unknown'],
  ])('counts %s as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});
