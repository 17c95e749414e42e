import { DataSource } from 'typeorm';
import { Actor, AuthUser } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../common/config';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { accountDisabled, accountLocked, invalidCredentials, LOCK_MINUTES, MAX_FAILED_LOGINS } from './auth.errors';
import { LoginPayload, Me } from './auth.types';
import { verifyPassword } from './password';
import { signToken, verifyToken } from './token';
import { UserAccount } from './user.entity';

type Outcome = { ok: true; user: UserAccount } | { ok: false; error: Error };

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
  ) {}

  async login(username: string, password: string, actor: Actor): Promise<LoginPayload> {
    const now = this.clock.now();
    // The counter and the audit row must commit even when the attempt fails, so the error is thrown after the transaction.
    const outcome = await this.db.transaction(async (em): Promise<Outcome> => {
      const user = await em.findOne(UserAccount, { where: { username } });
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? null);
      if (!user) {
        await this.audit.record(em, actor, { action: 'LOGIN_FAILED', entityType: 'UserAccount', actorUsername: username.slice(0, 64) });
        return { ok: false, error: invalidCredentials() };
      }
      const as: Actor = { ip: actor.ip, user: toAuthUser(user) };
      if (user.lockedUntil && user.lockedUntil > now) {
        await this.audit.record(em, as, { action: 'LOGIN_LOCKED', entityType: 'UserAccount', entityId: user.id });
        return { ok: false, error: accountLocked(user.lockedUntil) };
      }
      if (!user.active) return { ok: false, error: accountDisabled() };
      if (!passwordOk) {
        const failures = user.failedLoginCount + 1;
        const lock = failures >= MAX_FAILED_LOGINS;
        const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
        await em.update(UserAccount, { id: user.id }, { failedLoginCount: lock ? 0 : failures, lockedUntil });
        await this.audit.record(em, as, {
          action: lock ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED',
          entityType: 'UserAccount',
          entityId: user.id,
          after: { failedLoginCount: failures, lockedUntil },
        });
        return { ok: false, error: lock && lockedUntil ? accountLocked(lockedUntil) : invalidCredentials() };
      }
      await em.update(UserAccount, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
      await this.audit.record(em, as, { action: 'LOGIN', entityType: 'UserAccount', entityId: user.id });
      return { ok: true, user };
    });
    if (!outcome.ok) throw outcome.error;
    const { token, expiresAt } = signToken(outcome.user.id, outcome.user.role, this.config.jwtSecret, this.config.jwtTtlSeconds, now);
    return { token, expiresAt, user: this.toMe(toAuthUser(outcome.user)) };
  }

  /** Resolves the Authorization header into a user, or a reason why not (reported only when auth is required). */
  async authenticate(header: string | undefined): Promise<{ user?: AuthUser; authError?: string }> {
    if (!header) return {};
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return { authError: '登录凭证格式错误，请重新登录' };
    const verified = verifyToken(match[1], this.config.jwtSecret, this.clock.now());
    if (!verified.ok) return { authError: verified.reason };
    const user = await this.db.getRepository(UserAccount).findOne({ where: { id: verified.userId } });
    if (!user || !user.active) return { authError: '账户不存在或已停用，请重新登录' };
    return { user: toAuthUser(user) };
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
  };
}
