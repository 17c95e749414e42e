import crypto from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { accountStatus, checkPasswordStrength } from '@hebei/domain';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { Actor } from '../../common/context';
import { DivisionLevel, Role } from '../../common/enums';
import { badInput, forbidden, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, pageSize, Sort, SortDirection, SortKey, sortedPage } from '../../common/pagination';
import { applyScope, Scope, scopeAllowsDivision } from '../../common/scope';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import { USER_ACCOUNT_ROWS, UserAccount } from '../auth/user.entity';
import { normalizeUsername } from '../auth/username';
import { DivisionService } from '../division/division.service';
import { accountError, AccountErrorCode, accountFieldError } from './account.errors';
import { AccountActionInput, AccountFilter, AccountSortField, ChangePasswordInput, CreateOfficerAccountInput } from './account.inputs';
import { AccountStatus, ManagedAccount } from './account.types';

/** The row as the caller last saw it: compare-and-set against the version they acted on (a stale screen gets CONFLICT). */
const expecting = (row: UserAccount, input: AccountActionInput): UserAccount => Object.assign(row, { version: input.expectedVersion });

/** 用户管理 sorts (ADR 0020): each by (column, id); the indexes are on user_account (UserAccount). */
export const ACCOUNT_SORT_KEYS: Record<AccountSortField, SortKey> = {
  ID: { column: 'u.id', property: 'id', kind: 'number' },
  USERNAME: { column: 'u.usernameKey', property: 'usernameKey', kind: 'string' },
  DISPLAY_NAME: { column: 'u.displayName', property: 'displayName', kind: 'string' },
  ROLE: { column: 'u.role', property: 'role', kind: 'string' },
  DIVISION: { column: 'u.divisionCode', property: 'divisionCode', kind: 'string', nullable: true },
};
const DEFAULT_ACCOUNT_SORT: Sort<AccountSortField> = { field: AccountSortField.ID, direction: SortDirection.ASC };

/** A one-time password that passes the password policy: upper, lower, digits and a symbol, no look-alike characters. */
export function oneTimePassword(): string {
  const pools = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#@%+=!'];
  const chars = [3, 4, 3, 2].flatMap((n, k) => Array.from({ length: n }, () => pools[k][crypto.randomInt(pools[k].length)]));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/**
 * A fresh one-time password and the account columns that go with it: its hash, the change time (the expiry policy
 * counts from it), a change forced at the next login, and no failure count or lock left (the user signs in at once).
 * Used by every path that hands out a one-time password: 用户管理, 本单位账号, an approved 忘记密码 request.
 */
export async function issueOneTimePassword(now: Date): Promise<{
  password: string;
  columns: Pick<UserAccount, 'passwordHash' | 'passwordChangedAt' | 'mustChangePassword' | 'failedLoginCount' | 'lockedUntil'>;
}> {
  const password = oneTimePassword();
  return {
    password,
    columns: {
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
      mustChangePassword: true,
      failedLoginCount: 0,
      lockedUntil: null,
    },
  };
}

/**
 * 用户管理 (issue #12 item 1): PROVINCE manages every bureau and analyst account, a CITY bureau the county accounts of
 * its jurisdiction (USER_ACCOUNT_ROWS). Each change: one transaction, compare-and-set on the account's version, an
 * audit row without any secret. 修改密码 is every user's own.
 */
export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
  ) {}

  toManaged(u: UserAccount): ManagedAccount {
    const status = accountStatus(u, this.clock.now()) as AccountStatus;
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      division: u.divisionCode ? (this.divisions.get(u.divisionCode) ?? null) : null,
      status,
      disabled: !u.active,
      lockedUntil: status === AccountStatus.LOCKED ? u.lockedUntil : null,
      mustChangePassword: u.mustChangePassword,
      lastLoginAt: u.lastLoginAt,
      createdAt: u.createdAt,
      version: u.version,
    };
  }

  private filtered(scope: Scope, filter: AccountFilter, em: EntityManager = this.db.manager) {
    const qb = applyScope(em.getRepository(UserAccount).createQueryBuilder('u'), 'u', scope, USER_ACCOUNT_ROWS);
    const text = filter.text?.trim();
    if (text)
      qb.andWhere(`(u.username LIKE :text ${LIKE_ESCAPE} OR u.displayName LIKE :text ${LIKE_ESCAPE})`, { text: containsPattern(text) });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    const now = this.clock.now();
    if (filter.status === AccountStatus.DISABLED) qb.andWhere('u.active = :inactive', { inactive: false });
    if (filter.status === AccountStatus.LOCKED) qb.andWhere('u.active = :active AND u.lockedUntil > :now', { active: true, now });
    if (filter.status === AccountStatus.ACTIVE)
      qb.andWhere('u.active = :active AND (u.lockedUntil IS NULL OR u.lockedUntil <= :now)', { active: true, now });
    return qb;
  }

  async list(
    scope: Scope,
    filter: AccountFilter,
    first?: number,
    after?: string,
    sort: Sort<AccountSortField> = DEFAULT_ACCOUNT_SORT,
  ): Promise<Connection<ManagedAccount>> {
    const qb = this.filtered(scope, filter);
    const totalCount = await qb.clone().getCount();
    const page = await sortedPage(qb, 'u', ACCOUNT_SORT_KEYS, sort, after, pageSize(first), totalCount);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.toManaged(e.node) })) };
  }

  async count(scope: Scope, filter: AccountFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  /** The list's rows for the export: same scope, filters and order, in keyset chunks of 500. */
  async *listAllChunks(
    scope: Scope,
    filter: AccountFilter,
    sort: Sort<AccountSortField> = DEFAULT_ACCOUNT_SORT,
  ): AsyncGenerator<ManagedAccount[]> {
    let after: string | undefined;
    for (;;) {
      const page = await sortedPage(this.filtered(scope, filter), 'u', ACCOUNT_SORT_KEYS, sort, after, 500, 0);
      yield page.edges.map((e) => this.toManaged(e.node));
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  private async getManaged(em: EntityManager, scope: Scope, id: number): Promise<UserAccount> {
    const row = await this.filtered(scope, {}, em).andWhere('u.id = :id', { id }).getOne();
    if (!row) throw notFound('账号');
    return row;
  }

  /** What a bureau may create: PROVINCE any bureau or analyst; CITY a county bureau of its own counties. */
  private checkPlacement(actor: Actor, scope: Scope, input: CreateOfficerAccountInput): string | null {
    const role = actor.user!.role;
    if (role === Role.CITY && input.role !== Role.COUNTY) throw accountFieldError('role', AccountErrorCode.ROLE_NOT_ALLOWED);
    if (input.role === Role.ANALYST) return null;
    const code = input.divisionCode ?? '';
    const d = this.divisions.get(code);
    const levelOk =
      !!d &&
      (input.role === Role.PROVINCE
        ? d.level === DivisionLevel.PROVINCE
        : input.role === Role.CITY
          ? d.level === DivisionLevel.CITY
          : this.divisions.isRegistrableDivision(code));
    if (!levelOk || (input.role === Role.COUNTY && !scopeAllowsDivision(scope, code))) {
      throw accountFieldError('divisionCode', AccountErrorCode.DIVISION_NOT_ALLOWED);
    }
    return code;
  }

  async create(
    actor: Actor,
    scope: Scope,
    input: CreateOfficerAccountInput,
  ): Promise<{ account: ManagedAccount; oneTimePassword: string }> {
    const divisionCode = this.checkPlacement(actor, scope, input);
    const { password, columns } = await issueOneTimePassword(this.clock.now());
    const usernameKey = normalizeUsername(input.username);
    const saved = await this.db
      .transaction(async (em) => {
        if (await em.exists(UserAccount, { where: { usernameKey } })) throw accountFieldError('username', AccountErrorCode.USERNAME_TAKEN);
        const row = em.getRepository(UserAccount).create({
          username: input.username.trim(),
          usernameKey,
          displayName: input.displayName.trim(),
          role: input.role,
          divisionCode,
          ...columns,
          active: true,
          version: 1,
          createdAt: this.clock.now(),
        });
        const inserted = await em.insert(UserAccount, row);
        row.id = Number(inserted.identifiers[0].id);
        await this.audit.record(em, actor, {
          action: 'CREATE_USER_ACCOUNT',
          entityType: 'UserAccount',
          entityId: row.id,
          after: { username: row.username, displayName: row.displayName, role: row.role, divisionCode },
        });
        return row;
      })
      .catch((e: unknown) => {
        // Two officers creating the same username at once: the unique index decides, the loser hears why.
        if (e instanceof QueryFailedError && /ER_DUP_ENTRY|UNIQUE constraint failed|Duplicate entry/i.test(e.message)) {
          throw accountFieldError('username', AccountErrorCode.USERNAME_TAKEN);
        }
        throw e;
      });
    return { account: this.toManaged(saved), oneTimePassword: password };
  }

  async setActive(actor: Actor, scope: Scope, input: AccountActionInput, active: boolean): Promise<ManagedAccount> {
    return this.db.transaction(async (em) => {
      const row = await this.getManaged(em, scope, Number(input.id));
      if (!active && row.id === actor.user!.id) throw accountError(AccountErrorCode.OWN_ACCOUNT);
      const before = { active: row.active };
      await compareAndSet(em, UserAccount, expecting(row, input), { active });
      await this.audit.record(em, actor, {
        action: active ? 'ENABLE_USER_ACCOUNT' : 'DISABLE_USER_ACCOUNT',
        entityType: 'UserAccount',
        entityId: row.id,
        before: { active: before.active },
        after: { active },
      });
      return this.toManaged(row);
    });
  }

  async resetPassword(
    actor: Actor,
    scope: Scope,
    input: AccountActionInput,
  ): Promise<{ account: ManagedAccount; oneTimePassword: string }> {
    const { password, columns } = await issueOneTimePassword(this.clock.now());
    const account = await this.db.transaction(async (em) => {
      const row = await this.getManaged(em, scope, Number(input.id));
      // A reset also lifts a lock: the user signs in with the new one-time password at once.
      await compareAndSet(em, UserAccount, expecting(row, input), columns);
      await this.audit.record(em, actor, {
        action: 'RESET_USER_PASSWORD',
        entityType: 'UserAccount',
        entityId: row.id,
        after: { mustChangePassword: true },
      });
      return this.toManaged(row);
    });
    return { account, oneTimePassword: password };
  }

  async unlock(actor: Actor, scope: Scope, input: AccountActionInput): Promise<ManagedAccount> {
    return this.db.transaction(async (em) => {
      const row = await this.getManaged(em, scope, Number(input.id));
      if (!row.lockedUntil || row.lockedUntil <= this.clock.now()) throw accountError(AccountErrorCode.NOT_LOCKED);
      const before = { failedLoginCount: row.failedLoginCount, lockedUntil: row.lockedUntil };
      await compareAndSet(em, UserAccount, expecting(row, input), { failedLoginCount: 0, lockedUntil: null });
      await this.audit.record(em, actor, {
        action: 'UNLOCK_USER_ACCOUNT',
        entityType: 'UserAccount',
        entityId: row.id,
        before,
        after: { failedLoginCount: 0, lockedUntil: null },
      });
      return this.toManaged(row);
    });
  }

  /** Every user's own: the current password, then the policy; clears the one-time-password flag. */
  async changePassword(actor: Actor, input: ChangePasswordInput): Promise<boolean> {
    const user = actor.user;
    if (!user) throw forbidden();
    const row = await this.db.getRepository(UserAccount).findOne({ where: { id: user.id } });
    if (!row) throw notFound('账号');
    if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
      throw accountFieldError('currentPassword', AccountErrorCode.WRONG_PASSWORD);
    }
    const weak = checkPasswordStrength(input.newPassword, row.username).map((v) => ({ ...v, field: 'newPassword' }));
    if (weak.length) throw badInput(weak);
    if (input.newPassword === input.currentPassword) throw accountFieldError('newPassword', AccountErrorCode.SAME_PASSWORD);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (em) => {
      await compareAndSet(em, UserAccount, row, { passwordHash, passwordChangedAt: this.clock.now(), mustChangePassword: false });
      await this.audit.record(em, actor, {
        action: 'CHANGE_PASSWORD',
        entityType: 'UserAccount',
        entityId: row.id,
        before: { mustChangePassword: row.mustChangePassword },
        after: { mustChangePassword: false },
      });
    });
    return true;
  }
}
