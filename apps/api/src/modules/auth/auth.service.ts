import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Actor, AuthUser } from '../../common/context';
import { Clock } from '../../common/clock';
import { clientKey } from '../../common/client-ip';
import { AppConfig } from '../../common/config';
import { RateLimiter } from '../../common/rate-limit';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { CaptchaAnswer, CaptchaService } from '../captcha/captcha.service';
import { PasswordPolicyService } from '../account/password-policy.service';
import { accountDisabled, accountLocked, CAPTCHA_AFTER_FAILURES, invalidCredentials } from './auth.errors';
import { LoginPayload, Me } from './auth.types';
import { LoginFailure } from './login-failure.entity';
import { ensureUnknownRow, judge, ThrottleTarget, unknownTarget } from './login-throttle';
import { verifyPassword } from './password';
import { signToken, verifyToken } from './token';
import { UserAccount } from './user.entity';
import { normalizeUsername, USERNAME_MAX } from './username';

type Outcome = { ok: true; user: UserAccount } | { ok: false; error: Error };

/** Unknown names' failure rows untouched this long are deleted (a real account keeps its count until a success). */
const UNKNOWN_NAME_RETENTION_DAYS = 30;

export class AuthService {
  private failures = 0;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly limiter: RateLimiter,
    private readonly captcha: CaptchaService,
    private readonly passwordPolicy: PasswordPolicyService,
  ) {}

  /**
   * Gives an unknown name, a wrong password and a disabled account nothing to tell apart: the password is checked
   * first, an unknown name locks after the same number of failures as an account does, and only the right password
   * of a disabled account learns that it is disabled. Failures are counted per client address too (RATE_LIMITED).
   * After CAPTCHA_AFTER_FAILURES consecutive failures of the name (account or unknown) an attempt needs a captcha
   * before the password is even checked; refused for it, the attempt counts nothing and writes nothing else.
   */
  async login(username: string, password: string, actor: Actor, captcha?: CaptchaAnswer | null): Promise<LoginPayload> {
    // An attempt is audited as anonymous: a bearer token sent along says nothing about who is trying to log in.
    const anonymous: Actor = { ip: actor.ip };
    const ticket = await this.limiter.consume(this.config.rateLimits.loginFailures, clientKey(actor.ip));
    const key = normalizeUsername(username);
    const user =
      key && key.length <= USERNAME_MAX ? await this.db.getRepository(UserAccount).findOne({ where: { usernameKey: key } }) : null;
    const target: ThrottleTarget = user ? { kind: 'account', id: user.id } : unknownTarget(key);
    const now = this.clock.now();
    if ((await this.consecutiveFailures(user, target, now)) >= CAPTCHA_AFTER_FAILURES) {
      try {
        await this.captcha.check(captcha);
      } catch (e) {
        await this.limiter.refund(ticket);
        throw e;
      }
    }
    // Outside the transaction: bcrypt takes tens of milliseconds and must not hold a connection or the SQLite turn.
    const passwordOk = !!user && (await verifyPassword(password, user.passwordHash));
    if (!user) await verifyPassword(password, null); // the same time for an unknown name
    if (!user) await this.db.transaction((em) => ensureUnknownRow(em, target, now));
    const attempted = { actorUsername: (user?.username ?? username).slice(0, USERNAME_MAX), entityType: 'UserAccount', entityId: user?.id };
    const outcome = await this.db.transaction(async (em): Promise<Outcome> => {
      const verdict = await judge(em, target, passwordOk, now);
      switch (verdict.kind) {
        case 'LOCKED':
          await this.audit.record(em, anonymous, { ...attempted, action: 'LOGIN_LOCKED' });
          return { ok: false, error: accountLocked(verdict.lockedUntil) };
        case 'NOW_LOCKED':
          await this.audit.record(em, anonymous, {
            ...attempted,
            action: 'ACCOUNT_LOCKED',
            after: { failedLoginCount: verdict.failures, lockedUntil: verdict.lockedUntil },
          });
          return { ok: false, error: accountLocked(verdict.lockedUntil) };
        case 'FAILED':
          await this.audit.record(em, anonymous, { ...attempted, action: 'LOGIN_FAILED', after: { failedLoginCount: verdict.failures } });
          return { ok: false, error: invalidCredentials(verdict.failures) };
        case 'OK':
          if (!user!.active) {
            await this.audit.record(em, anonymous, { ...attempted, action: 'LOGIN_DISABLED' });
            return { ok: false, error: accountDisabled() };
          }
          await this.audit.record(
            em,
            { ip: actor.ip, user: toAuthUser(user!) },
            { action: 'LOGIN', entityType: 'UserAccount', entityId: user!.id },
          );
          await this.forceChangeIfExpired(em, user!, actor);
          return { ok: true, user: user! };
      }
    });
    if (!outcome.ok) {
      if (++this.failures % 200 === 0) await this.cleanup(now);
      throw outcome.error;
    }
    // Only failures count against the address: an office of many users behind one NAT keeps logging in.
    await this.limiter.refund(ticket);
    const { token, expiresAt } = signToken(outcome.user.id, outcome.user.role, this.config.jwtSecret, this.config.jwtTtlSeconds, now);
    return { token, expiresAt, user: this.toMe(toAuthUser(outcome.user)) };
  }

  /**
   * 密码有效期 (ADR 0021): a password older than the policy logs in like a one-time password — nothing but 修改密码
   * answers until it is changed. The flag is stored, so every later request (and token) is held to it.
   */
  private async forceChangeIfExpired(em: EntityManager, user: UserAccount, actor: Actor): Promise<void> {
    if (user.mustChangePassword) return;
    const policy = await this.passwordPolicy.get(em);
    if (!this.passwordPolicy.expired(user, policy)) return;
    await em.update(UserAccount, { id: user.id }, { mustChangePassword: true });
    user.mustChangePassword = true;
    await this.audit.record(
      em,
      { ip: actor.ip, user: toAuthUser(user) },
      {
        action: 'PASSWORD_EXPIRED',
        entityType: 'UserAccount',
        entityId: user.id,
        after: { mustChangePassword: true, expiryDays: policy.expiryDays },
      },
    );
  }

  /**
   * Resolves the Authorization header into a user, or a reason why not (reported only when auth is required).
   * One statement per request: the account row, which also says whether it is disabled or locked — a token stops
   * working the moment its account does.
   */
  async authenticate(header: string | undefined): Promise<{ user?: AuthUser; authError?: string }> {
    if (!header) return {};
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return { authError: '登录凭证格式错误，请重新登录' };
    const now = this.clock.now();
    const verified = verifyToken(match[1], this.config.jwtSecret, now);
    if (!verified.ok) return { authError: verified.reason };
    const user = await this.db.getRepository(UserAccount).findOne({ where: { id: verified.userId } });
    if (!user || !user.active) return { authError: '账户不存在或已停用，请重新登录' };
    if (user.lockedUntil && user.lockedUntil > now) return { authError: '账户已锁定，请稍后重新登录' };
    return { user: toAuthUser(user) };
  }

  /** The failures the lockout counts for this name now (0 while locked: the lock answers, not the captcha). */
  private async consecutiveFailures(user: UserAccount | null, target: ThrottleTarget, now: Date): Promise<number> {
    const row =
      user ??
      (target.kind === 'unknown'
        ? await this.db.getRepository(LoginFailure).findOne({ where: { usernameHash: target.usernameHash } })
        : null);
    if (!row || (row.lockedUntil && row.lockedUntil > now)) return 0;
    return row.failedLoginCount;
  }

  /** Deletes expired rate-limit counters and long-untouched failure rows of unknown names. */
  async cleanup(now: Date = this.clock.now()): Promise<void> {
    const before = new Date(now.getTime() - UNKNOWN_NAME_RETENTION_DAYS * 24 * 3600_000);
    await this.db.transaction((em) => em.delete(LoginFailure, { lastFailedAt: LessThan(before) }));
    await this.limiter.cleanup(now);
  }

  toMe(user: AuthUser): Me {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      division: user.divisionCode ? (this.divisions.get(user.divisionCode) ?? null) : null,
      institutionId: user.institutionId,
      enterpriseId: user.enterpriseId,
      mustChangePassword: !!user.mustChangePassword,
      orgAdmin: !!user.orgAdmin,
    };
  }
}

export function toAuthUser(u: UserAccount): AuthUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    displayName: u.displayName,
    divisionCode: u.divisionCode,
    institutionId: u.institutionId,
    enterpriseId: u.enterpriseId,
    mustChangePassword: u.mustChangePassword,
    orgAdmin: u.orgAdmin,
  };
}
