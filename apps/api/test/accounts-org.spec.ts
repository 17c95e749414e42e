import { makeUscc } from '@hebei/domain';
import { DEFAULT_RATE_LIMITS } from '../src/common/rate-limit';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { UserAccount } from '../src/modules/auth/user.entity';
import { PasswordResetRequest } from '../src/modules/password-reset/password-reset.entity';
import { APPLICANT_PASSWORD, registerInstitution, solvedCaptcha } from './factories';
import { engines, errorCode, GENEROUS_RATE_LIMITS, startTestApi, TestApi } from './harness';

// 密码策略, 本单位账号 and 忘记密码 (issue #12 item 1, ADR 0021) through the real API.

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword orgAdmin role } } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
const POLICY = '{ passwordPolicy { expiryDays version } }';
const UPDATE_POLICY = 'mutation($i: PasswordPolicyInput!) { updatePasswordPolicy(input: $i) { expiryDays version } }';
const ORG_LIST = '{ orgAccounts(first: 50) { totalCount edges { node { id username orgAdmin status mustChangePassword version role } } } }';
const ORG_CREATE = `mutation($i: CreateOrgAccountInput!) { createOrgAccount(input: $i) {
  oneTimePassword account { id username displayName role orgAdmin status mustChangePassword version } } }`;
const ORG_ACTIVE = 'mutation($i: AccountActionInput!, $a: Boolean!) { setOrgAccountActive(input: $i, active: $a) { id status version } }';
const ORG_RESET =
  'mutation($i: AccountActionInput!) { resetOrgAccountPassword(input: $i) { oneTimePassword account { version mustChangePassword } } }';
const FORGOT = 'mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }';
const RESETS = `query($s: PasswordResetStatus) { passwordResetRequests(first: 50, status: $s) { totalCount edges { node {
  id username organisationName uscc contactPhone status rejectReason version division { code } decidedByName } } } }`;
const APPROVE =
  'mutation($i: AccountActionInput!) { approvePasswordReset(input: $i) { oneTimePassword request { status version decidedByName } } }';
const REJECT = 'mutation($i: RejectPasswordResetInput!) { rejectPasswordReset(input: $i) { status rejectReason version } }';

const fields = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.fields;

describe.each(engines())('accounts beyond 用户管理 on %s', (engine) => {
  let api: TestApi;
  let province: string;
  beforeAll(async () => {
    api = await startTestApi(engine, { demoInstitutions: 5 });
    province = await api.login('province');
  });
  afterAll(() => api.close());

  const audits = (entityType: string, entityId: string) =>
    api.services.db.getRepository(AuditLog).find({ where: { entityType, entityId }, order: { id: 'ASC' } });

  describe('密码策略 (password expiry)', () => {
    it('PROVINCE reads and edits it with compare-and-set; 0–365 only; others may not', async () => {
      const { passwordPolicy } = await api.ok(POLICY, {}, province);
      expect(passwordPolicy).toEqual({ expiryDays: 0, version: 1 });
      const tooLong = await api.gql(UPDATE_POLICY, { i: { expiryDays: 366, expectedVersion: 1 } }, province);
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(fields(tooLong)[0]).toMatchObject({ field: 'expiryDays' });
      const chengde = await api.login('chengde');
      expect(errorCode(await api.gql(UPDATE_POLICY, { i: { expiryDays: 30, expectedVersion: 1 } }, chengde))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(POLICY, {}, await api.login('institution')))).toBe('FORBIDDEN');
      const stale = await api.gql(UPDATE_POLICY, { i: { expiryDays: 30, expectedVersion: 7 } }, province);
      expect(errorCode(stale)).toBe('CONFLICT');
      // Back to never at the end of this block; 90 days now.
      expect((await api.ok(UPDATE_POLICY, { i: { expiryDays: 90, expectedVersion: 1 } }, province)).updatePasswordPolicy).toEqual({
        expiryDays: 90,
        version: 2,
      });
      const trail = await audits('PasswordPolicy', '1');
      expect(trail.map((a) => [a.action, JSON.parse(String(a.before)), JSON.parse(String(a.after))])).toEqual([
        ['UPDATE_PASSWORD_POLICY', { expiryDays: 0 }, { expiryDays: 90 }],
      ]);
    });

    it('a password older than the policy logs in with the forced change; a new one is good for the policy again', async () => {
      const inst = await registerInstitution(api, '130881', '平泉市密码过期测试有限公司');
      const saved = api.clock.now();
      try {
        api.clock.set(new Date(saved.getTime() + 89 * 24 * 3600_000));
        expect((await api.ok(LOGIN, { u: inst.username, p: APPLICANT_PASSWORD })).login.user.mustChangePassword).toBe(false);
        api.clock.set(new Date(saved.getTime() + 91 * 24 * 3600_000));
        const expired = (await api.ok(LOGIN, { u: inst.username, p: APPLICANT_PASSWORD })).login;
        expect(expired.user.mustChangePassword).toBe(true);
        expect(errorCode(await api.gql('{ myServiceProducts(first: 1) { totalCount } }', {}, expired.token))).toBe(
          'PASSWORD_CHANGE_REQUIRED',
        );
        await api.ok(CHANGE, { i: { currentPassword: APPLICANT_PASSWORD, newPassword: 'Renewed#Pass2027' } }, expired.token);
        const again = (await api.ok(LOGIN, { u: inst.username, p: 'Renewed#Pass2027' })).login;
        expect(again.user.mustChangePassword).toBe(false);
        const [{ id }] = await api.services.db.query('SELECT id FROM user_account WHERE username = ?', [inst.username]);
        expect((await audits('UserAccount', String(id))).map((a) => a.action)).toContain('PASSWORD_EXPIRED');
      } finally {
        api.clock.set(saved);
        const { passwordPolicy } = await api.ok(POLICY, {}, province);
        await api.ok(UPDATE_POLICY, { i: { expiryDays: 0, expectedVersion: passwordPolicy.version } }, province);
      }
    });
  });

  describe('本单位账号 (several users per organisation)', () => {
    it('the admin adds a colleague who must change the one-time password and then sees the same organisation', async () => {
      const admin = await registerInstitution(api, '130881', '平泉市多用户测试有限公司');
      expect((await api.ok('{ me { orgAdmin } }', {}, admin.token)).me.orgAdmin).toBe(true);
      const created = (await api.ok(ORG_CREATE, { i: { username: `colleague${engine}`, displayName: '张同事' } }, admin.token))
        .createOrgAccount;
      expect(created.account).toMatchObject({ role: 'INSTITUTION', orgAdmin: false, status: 'ACTIVE', mustChangePassword: true });
      const first = (await api.ok(LOGIN, { u: `colleague${engine}`, p: created.oneTimePassword })).login;
      expect(first.user).toMatchObject({ mustChangePassword: true, orgAdmin: false, role: 'INSTITUTION' });
      await api.ok(CHANGE, { i: { currentPassword: created.oneTimePassword, newPassword: 'Colleague#Pass2026' } }, first.token);
      const token = (await api.ok(LOGIN, { u: `colleague${engine}`, p: 'Colleague#Pass2026' })).login.token;
      const mine = '{ me { institutionId } }';
      expect((await api.ok(mine, {}, token)).me.institutionId).toBe((await api.ok(mine, {}, admin.token)).me.institutionId);
      // A colleague who is no admin manages nothing.
      expect(errorCode(await api.gql(ORG_LIST, {}, token))).toBe('NOT_ORG_ADMIN');
      expect(errorCode(await api.gql(ORG_CREATE, { i: { username: `second${engine}`, displayName: '李四' } }, token))).toBe(
        'NOT_ORG_ADMIN',
      );

      const list = (await api.ok(ORG_LIST, {}, admin.token)).orgAccounts;
      expect(list.totalCount).toBe(2);
      const colleague = list.edges.find((e: any) => e.node.username === `colleague${engine}`).node;
      const adminRow = list.edges.find((e: any) => e.node.orgAdmin).node;

      // Disable (its token stops at once), enable, reset (a new one-time password).
      const disabled = (await api.ok(ORG_ACTIVE, { i: { id: colleague.id, expectedVersion: colleague.version }, a: false }, admin.token))
        .setOrgAccountActive;
      expect(disabled.status).toBe('DISABLED');
      expect(errorCode(await api.gql(mine, {}, token))).toBe('UNAUTHENTICATED');
      expect(
        errorCode(await api.gql(ORG_ACTIVE, { i: { id: colleague.id, expectedVersion: colleague.version }, a: true }, admin.token)),
      ).toBe('CONFLICT');
      const enabled = (await api.ok(ORG_ACTIVE, { i: { id: colleague.id, expectedVersion: disabled.version }, a: true }, admin.token))
        .setOrgAccountActive;
      const reset = (await api.ok(ORG_RESET, { i: { id: colleague.id, expectedVersion: enabled.version } }, admin.token))
        .resetOrgAccountPassword;
      expect(reset.account.mustChangePassword).toBe(true);
      expect((await api.ok(LOGIN, { u: `colleague${engine}`, p: reset.oneTimePassword })).login.user.mustChangePassword).toBe(true);

      // Not oneself, not through here for one's own password.
      expect(
        errorCode(await api.gql(ORG_ACTIVE, { i: { id: adminRow.id, expectedVersion: adminRow.version }, a: false }, admin.token)),
      ).toBe('OWN_ACCOUNT');
      expect(errorCode(await api.gql(ORG_RESET, { i: { id: adminRow.id, expectedVersion: adminRow.version } }, admin.token))).toBe(
        'OWN_PASSWORD',
      );

      // Another organisation's admin: the colleague does not exist for it; its list holds only its own accounts.
      const other = await api.login('institution');
      const hidden = await api.gql(ORG_ACTIVE, { i: { id: colleague.id, expectedVersion: 1 }, a: false }, other);
      const missing = await api.gql(ORG_ACTIVE, { i: { id: '99999999', expectedVersion: 1 }, a: false }, other);
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden).toEqual(missing);
      expect(errorCode(await api.gql(ORG_RESET, { i: { id: colleague.id, expectedVersion: 1 } }, await api.login('enterprise')))).toBe(
        'NOT_FOUND',
      );
      expect((await api.ok(ORG_LIST, {}, other)).orgAccounts.edges.map((e: any) => e.node.username)).toEqual(['institution']);

      const trail = await audits('UserAccount', colleague.id);
      expect(trail.map((a) => a.action)).toEqual(
        expect.arrayContaining(['CREATE_USER_ACCOUNT', 'DISABLE_USER_ACCOUNT', 'ENABLE_USER_ACCOUNT', 'RESET_USER_PASSWORD']),
      );
      expect(JSON.stringify(trail)).not.toContain(reset.oneTimePassword);
    });

    it('the last active admin cannot be disabled; a second admin can be, by the first', async () => {
      const admin = await registerInstitution(api, '130881', '平泉市双管理员测试有限公司');
      const second = (await api.ok(ORG_CREATE, { i: { username: `deputy${engine}`, displayName: '王副手', orgAdmin: true } }, admin.token))
        .createOrgAccount;
      const login = (await api.ok(LOGIN, { u: `deputy${engine}`, p: second.oneTimePassword })).login;
      await api.ok(CHANGE, { i: { currentPassword: second.oneTimePassword, newPassword: 'Deputy#Pass2026' } }, login.token);
      const deputy = (await api.ok(LOGIN, { u: `deputy${engine}`, p: 'Deputy#Pass2026' })).login.token;
      const rows = (await api.ok(ORG_LIST, {}, deputy)).orgAccounts.edges.map((e: any) => e.node);
      const first = rows.find((r: any) => r.username === admin.username);
      const off = (await api.ok(ORG_ACTIVE, { i: { id: first.id, expectedVersion: first.version }, a: false }, deputy)).setOrgAccountActive;
      expect(off.status).toBe('DISABLED');
      // The deputy is now the only active admin: nobody can disable it (the first is disabled and cannot act).
      expect(errorCode(await api.gql(ORG_ACTIVE, { i: { id: second.account.id, expectedVersion: 2 }, a: false }, admin.token))).toBe(
        'UNAUTHENTICATED',
      );
      await api.ok(ORG_ACTIVE, { i: { id: first.id, expectedVersion: off.version }, a: true }, deputy);
    });
  });

  describe('忘记密码 (an officer of the place approves)', () => {
    /** The public answer, then the filing that runs after it (see `PasswordResetService.request`). */
    const ask = async (username: string, uscc: string, contactPhone: string) => {
      const answer = await api.gql(FORGOT, { i: { username, uscc, contactPhone, captcha: await solvedCaptcha(api) } });
      await api.services.passwordResets.settled();
      return answer;
    };
    const count = async () => api.services.db.getRepository(PasswordResetRequest).count();

    it('answers the same whatever the account, needs a captcha, and files only a matching request', async () => {
      expect(errorCode(await api.gql(FORGOT, { i: { username: 'institution', uscc: 'x', contactPhone: '13903141234' } }))).toBe(
        'CAPTCHA_REQUIRED',
      );
      const before = await count();
      const answers = [
        await ask('nobody_here', makeUscc('91130881MA0DEM001'), '13903141234'),
        await ask('province', makeUscc('91130881MA0DEM001'), '13903141234'),
        await ask('institution', makeUscc('91130881MA0DEM002'), '13903141234'),
        await ask('institution', makeUscc('91130881MA0DEM001'), '13903140000'),
      ];
      for (const a of answers) expect(a).toEqual({ data: { requestPasswordReset: true } });
      expect(await count()).toBe(before);
      expect(await ask('Institution', makeUscc('91130881MA0DEM001'), '139-0314-1234'.replace(/-/g, ''))).toEqual({
        data: { requestPasswordReset: true },
      });
      expect(await count()).toBe(before + 1);
      // A second one while the first is open adds nothing.
      await ask('institution', makeUscc('91130881MA0DEM001'), '13903141234');
      expect(await count()).toBe(before + 1);
    });

    it('answers a matching request before looking the account up: the same answer, and no wait on the filing', async () => {
      const inst = await registerInstitution(api, '130881', '平泉市应答时序测试有限公司');
      // Hold the account lookup: the answer must arrive while it is held, so it cannot depend on the account.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const users = api.services.db.getRepository(UserAccount);
      const findOne = users.findOne.bind(users);
      const spy = jest.spyOn(users, 'findOne').mockImplementation(async (options) => {
        await held;
        return findOne(options);
      });
      try {
        const before = await count();
        const answer = await api.gql(FORGOT, {
          i: { username: inst.username, uscc: inst.uscc, contactPhone: '13931400000', captcha: await solvedCaptcha(api) },
        });
        expect(answer).toEqual({ data: { requestPasswordReset: true } });
        expect(spy).toHaveBeenCalledTimes(1);
        expect(await count()).toBe(before);
        release();
        await api.services.passwordResets.settled();
        expect(await count()).toBe(before + 1);
      } finally {
        release();
        spy.mockRestore();
      }
    });

    it('the county, its city and the province see it (and are notified); another city does not; approve → one-time password', async () => {
      const inst = await registerInstitution(api, '130881', '平泉市忘记密码测试有限公司');
      await api.ok(FORGOT, {
        i: { username: inst.username, uscc: inst.uscc, contactPhone: '13931400000', captcha: await solvedCaptcha(api) },
      });
      await api.services.passwordResets.settled();
      const pingquan = await api.login('pingquan');
      const pending = (await api.ok(RESETS, { s: 'PENDING' }, pingquan)).passwordResetRequests.edges.map((e: any) => e.node);
      const mine = pending.find((r: any) => r.username === inst.username);
      expect(mine).toMatchObject({
        organisationName: '平泉市忘记密码测试有限公司',
        uscc: inst.uscc,
        status: 'PENDING',
        division: { code: '130881' },
      });
      for (const who of ['chengde', 'province']) {
        const seen = (await api.ok(RESETS, {}, await api.login(who))).passwordResetRequests.edges.map((e: any) => e.node.id);
        expect(seen).toContain(mine.id);
      }
      const baoding = await api.login('baoding');
      expect((await api.ok(RESETS, {}, baoding)).passwordResetRequests.edges.map((e: any) => e.node.id)).not.toContain(mine.id);
      expect(errorCode(await api.gql(APPROVE, { i: { id: mine.id, expectedVersion: mine.version } }, baoding))).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(RESETS, {}, await api.login('institution')))).toBe('FORBIDDEN');
      const notified = await api.services.db.query(
        `SELECT u.username FROM user_notification n JOIN user_account u ON u.id = n.userId
         WHERE n.type = 'PASSWORD_RESET_REQUESTED' AND n.subjectId = ? ORDER BY u.username`,
        [Number(mine.id)],
      );
      expect(notified.map((r: { username: string }) => r.username)).toEqual(expect.arrayContaining(['chengde', 'pingquan', 'province']));
      expect(notified.map((r: { username: string }) => r.username)).not.toContain('baoding');

      const pendingOf = async (token: string) =>
        (await api.ok('{ workQueueCounts { passwordResetsPending } }', {}, token)).workQueueCounts.passwordResetsPending;
      const waiting = { pingquan: await pendingOf(pingquan), baoding: await pendingOf(baoding) };
      expect(waiting.pingquan).toBeGreaterThanOrEqual(1);
      const approved = (await api.ok(APPROVE, { i: { id: mine.id, expectedVersion: mine.version } }, pingquan)).approvePasswordReset;
      expect({ pingquan: await pendingOf(pingquan), baoding: await pendingOf(baoding) }).toEqual({
        pingquan: waiting.pingquan - 1,
        baoding: waiting.baoding,
      });
      expect(approved.request).toMatchObject({ status: 'APPROVED', decidedByName: '平泉市工业和信息化局' });
      expect(errorCode(await api.gql(LOGIN, { u: inst.username, p: APPLICANT_PASSWORD }))).toBe('INVALID_CREDENTIALS');
      const login = (await api.ok(LOGIN, { u: inst.username, p: approved.oneTimePassword })).login;
      expect(login.user.mustChangePassword).toBe(true);
      expect(errorCode(await api.gql(APPROVE, { i: { id: mine.id, expectedVersion: approved.request.version } }, pingquan))).toBe(
        'ALREADY_DECIDED',
      );
      const trail = await audits('PasswordResetRequest', mine.id);
      expect(trail.map((a) => a.action)).toEqual(['REQUEST_PASSWORD_RESET', 'APPROVE_PASSWORD_RESET']);
      expect(JSON.stringify(trail)).not.toContain(approved.oneTimePassword);
    });

    it('reject needs a reason and leaves the password alone', async () => {
      const inst = await registerInstitution(api, '130881', '平泉市驳回重置测试有限公司');
      await api.ok(FORGOT, {
        i: { username: inst.username, uscc: inst.uscc, contactPhone: '13931400000', captcha: await solvedCaptcha(api) },
      });
      await api.services.passwordResets.settled();
      const chengde = await api.login('chengde');
      const row = (await api.ok(RESETS, { s: 'PENDING' }, chengde)).passwordResetRequests.edges
        .map((e: any) => e.node)
        .find((r: any) => r.username === inst.username);
      expect(errorCode(await api.gql(REJECT, { i: { id: row.id, expectedVersion: row.version, reason: '' } }, chengde))).toBe(
        'BAD_USER_INPUT',
      );
      const rejected = (await api.ok(REJECT, { i: { id: row.id, expectedVersion: row.version, reason: '电话核实非本人申请' } }, chengde))
        .rejectPasswordReset;
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '电话核实非本人申请' });
      expect((await api.ok(LOGIN, { u: inst.username, p: APPLICANT_PASSWORD })).login.user.mustChangePassword).toBe(false);
    });
  });
});

describe.each(engines())('忘记密码 is rate-limited per address on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine, {
      demoInstitutions: 1,
      rateLimits: { ...GENEROUS_RATE_LIMITS, passwordResets: DEFAULT_RATE_LIMITS.passwordResets },
    });
  });
  afterAll(() => api.close());

  it(`allows ${DEFAULT_RATE_LIMITS.passwordResets.limit} an hour, then RATE_LIMITED (and writes nothing)`, async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= DEFAULT_RATE_LIMITS.passwordResets.limit; i++) {
      const r = await api.gql(FORGOT, {
        i: { username: `nobody${i}`, uscc: '91130881MA0DEM001', contactPhone: '13903141234', captcha: await solvedCaptcha(api) },
      });
      codes.push(errorCode(r));
    }
    expect(codes.slice(0, -1).every((c) => c === undefined)).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
