import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { loadConfig } from '../../src/common/config';
import { Role } from '../../src/common/enums';
import { DEMO_PASSWORD } from '../../src/database/demo-seed';
import { MAX_FAILED_LOGINS } from '../../src/modules/auth/auth.errors';
import { judge } from '../../src/modules/auth/login-throttle';
import { hashPassword } from '../../src/modules/auth/password';
import { UserAccount } from '../../src/modules/auth/user.entity';
import { signUpExtras, solvedCaptcha, uniqueUscc } from '../factories';
import { engines, errorCode, GqlResult, startTestApi, TestApi } from '../harness';
import { auditActions, tally } from './lib/db';

const LOGIN = 'mutation($u: String!, $p: String!, $c: CaptchaAnswerInput) { login(username: $u, password: $p, captcha: $c) { token } }';
const ME = '{ me { username } }';
const REGISTER = 'mutation($i: InstitutionRegistrationInput!) { registerInstitution(input: $i) { token } }';

let seq = 0;
async function account(api: TestApi, overrides: Partial<UserAccount> = {}): Promise<string> {
  const username = `sec${++seq}${api.engine}`;
  await api.services.db.getRepository(UserAccount).insert({
    username,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: Role.ANALYST,
    displayName: '安全测试账户',
    ...overrides,
  });
  return username;
}

// Every attempt brings a solved captcha (ignored until the name has failed CAPTCHA_AFTER_FAILURES times): these
// tests are about the lockout, which counts exactly as before. captcha.spec.ts tests the captcha itself.
const login = async (api: TestApi, u: string, p: string, token?: string) => api.gql(LOGIN, { u, p, c: await solvedCaptcha(api) }, token);

describe.each(engines())('authentication hardening on %s (issue #8, findings 1, 2, 6, 8)', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
  });
  afterAll(() => api.close());

  it('locks an account after exactly 5 evaluated failures of 30 parallel wrong logins', async () => {
    const username = await account(api);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => login(api, username, `Wrong-${i}!`)));
    expect(tally(results.map(errorCode))).toEqual({ INVALID_CREDENTIALS: MAX_FAILED_LOGINS - 1, ACCOUNT_LOCKED: 31 - MAX_FAILED_LOGINS });
    expect(await auditActions(api, 'actorUsername = ?', [username])).toEqual({
      LOGIN_FAILED: MAX_FAILED_LOGINS - 1,
      ACCOUNT_LOCKED: 1,
      LOGIN_LOCKED: 30 - MAX_FAILED_LOGINS,
    });
    expect(errorCode(await login(api, username, DEMO_PASSWORD))).toBe('ACCOUNT_LOCKED');
  });

  it('locks an unknown username exactly like an account, answer for answer', async () => {
    const known = await account(api);
    const unknown = `nobody${seq}${engine}`;
    const answers = async (u: string) => {
      const out: GqlResult[] = [];
      for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) out.push(await login(api, u, `Wrong-${i}!`));
      return out;
    };
    const [a, b] = [await answers(known), await answers(unknown)];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.map(errorCode)).toEqual([
      ...Array(MAX_FAILED_LOGINS - 1).fill('INVALID_CREDENTIALS'),
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
    const parallel = await Promise.all(Array.from({ length: 30 }, (_, i) => login(api, `ghost${seq}${engine}`, `Wrong-${i}!`)));
    expect(tally(parallel.map(errorCode))).toEqual({ INVALID_CREDENTIALS: MAX_FAILED_LOGINS - 1, ACCOUNT_LOCKED: 31 - MAX_FAILED_LOGINS });
  });

  it('never lets a stale attempt clear or count against a lock', async () => {
    const username = await account(api);
    const user = await api.services.db.getRepository(UserAccount).findOneByOrFail({ username });
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(api, username, 'Wrong-pass1');
    const locked = await api.services.db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    expect(locked.lockedUntil).not.toBeNull();
    // An attempt that read the row before the lock and then checked a right password: it must not reset anything.
    const now = api.clock.now();
    const stale = await api.services.db.transaction((em) => judge(em, { kind: 'account', id: user.id }, true, now));
    expect(stale.kind).toBe('LOCKED');
    const after = await api.services.db.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    expect(after.lockedUntil?.getTime()).toBe(locked.lockedUntil!.getTime());
    expect(after.lastLoginAt).toBeNull();
  });

  it('stops the tokens of an account the moment it is locked or disabled', async () => {
    const lockedName = await account(api);
    const token = await api.freshLogin(lockedName);
    expect((await api.ok(ME, {}, token)).me.username).toBe(lockedName);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login(api, lockedName, 'Wrong-pass1');
    const refused = await api.gql(ME, {}, token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toBe('账户已锁定，请稍后重新登录');

    const disabledName = await account(api);
    const second = await api.freshLogin(disabledName);
    await api.services.db.getRepository(UserAccount).update({ username: disabledName }, { active: false });
    expect(errorCode(await api.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
  });

  it('tells a disabled account so only after the right password', async () => {
    const username = await account(api, { active: false });
    const wrong = await login(api, username, 'Wrong-pass1');
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(JSON.stringify(wrong)).toBe(JSON.stringify(await login(api, `absent${seq}`, 'Wrong-pass1')));
    expect(errorCode(await login(api, username, DEMO_PASSWORD))).toBe('ACCOUNT_DISABLED');
  });

  it('treats usernames case-insensitively: PROVINCE logs in as province, and a look-alike cannot be registered', async () => {
    const token = (await api.ok(LOGIN, { u: ' PROVINCE ', p: DEMO_PASSWORD })).login.token;
    expect((await api.ok(ME, {}, token)).me.username).toBe('province');
    const r = await api.gql(REGISTER, {
      i: {
        name: '冒名测试有限公司',
        uscc: uniqueUscc('130881'),
        divisionCode: '130881',
        contactPerson: '王五',
        contactPhone: '13931400000',
        username: 'Province',
        password: 'Strong#Pass2026',
        ...(await signUpExtras(api)),
      },
    });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: { code: string }) => f.code)).toContain('USERNAME_TAKEN');
    expect(await api.services.db.getRepository(UserAccount).countBy({ usernameKey: 'province' })).toBe(1);
  });

  it('does not audit a failed login under the user whose bearer token came with it', async () => {
    const province = await api.login('province');
    const target = await account(api);
    await login(api, target, 'Wrong-pass1', province);
    await login(api, `missing${seq}`, 'Wrong-pass1', province);
    const rows: { actorId: number | null; actorUsername: string }[] = await api.services.db.query(
      `SELECT actorId, actorUsername FROM audit_log WHERE action = 'LOGIN_FAILED' AND actorUsername IN (?, ?)`,
      [target, `missing${seq}`],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.actorId === null)).toBe(true);
  });

  describe('tokens', () => {
    const sign = (claims: object, secret: string, options: jwt.SignOptions = {}) =>
      jwt.sign(claims, secret, { algorithm: 'HS256', ...options });
    const nowSeconds = () => Math.floor(api.clock.now().getTime() / 1000);

    it.each([
      [
        'the former built-in development secret',
        () => sign({ sub: '1', exp: nowSeconds() + 3600 }, 'dev-only-secret-change-me-in-production'),
      ],
      ['no expiry', () => sign({ sub: '1' }, api.services.config.jwtSecret)],
      [
        'another algorithm (HS512)',
        () => sign({ sub: '1', exp: nowSeconds() + 3600 }, api.services.config.jwtSecret, { algorithm: 'HS512' }),
      ],
      [
        'alg none',
        () =>
          `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: '1', exp: nowSeconds() + 3600 })).toString('base64url')}.`,
      ],
      ['a subject like 1e0', () => sign({ sub: '1e0', exp: nowSeconds() + 3600 }, api.services.config.jwtSecret)],
      ['a numeric subject', () => sign({ sub: 1, exp: nowSeconds() + 3600 }, api.services.config.jwtSecret)],
    ])('refuses a token with %s', async (_what, make) => {
      const r = await api.gql(ME, {}, make());
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
    });

    it('accepts a token it issued', async () => {
      expect((await api.ok(ME, {}, await api.freshLogin('province'))).me.username).toBe('province');
    });
  });
});

describe('the signing secret (issue #8, finding 2)', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'hebei-secret-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('generates a random secret into the data directory (mode 0600) when JWT_SECRET is unset, and keeps it', () => {
    const dir = tmp();
    const first = loadConfig({ DATA_DIR: dir } as NodeJS.ProcessEnv).jwtSecret;
    const file = path.join(dir, 'jwt-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'production' } as NodeJS.ProcessEnv).jwtSecret).toBe(first);
    expect(loadConfig({ DATA_DIR: tmp() } as NodeJS.ProcessEnv).jwtSecret).not.toBe(first);
  });

  it('refuses a short JWT_SECRET', () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), JWT_SECRET: 'change-me' } as NodeJS.ProcessEnv)).toThrow(/at least 32/);
  });

  it('has no fixed secret in the code, and the image runs in production mode', () => {
    const root = path.resolve(__dirname, '../../../..');
    const sources = fs.readdirSync(path.join(root, 'apps/api/src'), { recursive: true }) as string[];
    for (const f of sources.filter((s) => s.endsWith('.ts'))) {
      expect(fs.readFileSync(path.join(root, 'apps/api/src', f), 'utf8')).not.toMatch(/dev-only-secret|change-me-in-production/);
    }
    expect(fs.readFileSync(path.join(root, 'apps/api/Dockerfile'), 'utf8')).toMatch(/^ENV .*NODE_ENV=production/m);
    expect(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')).not.toMatch(/JWT_SECRET:\s*\S/);
  });
});
