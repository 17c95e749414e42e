import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { accountStatus, orgAccountChangeRefusal, OrgAccountRefusal } from '@hebei/domain';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { Actor } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { UserAccount } from '../auth/user.entity';
import { normalizeUsername } from '../auth/username';
import { accountError, AccountErrorCode, accountFieldError } from './account.errors';
import { AccountActionInput } from './account.inputs';
import { issueOneTimePassword } from './account.service';
import { AccountStatus } from './account.types';
import { CreateOrgAccountInput, OrgAccount } from './org-account.types';

/** Which organisation the caller's accounts belong to: the column and its id. */
interface Org {
  column: 'institutionId' | 'enterpriseId';
  id: number;
}

const REFUSALS: Record<OrgAccountRefusal, AccountErrorCode> = {
  NOT_ADMIN: AccountErrorCode.NOT_ORG_ADMIN,
  OWN_ACCOUNT: AccountErrorCode.OWN_ACCOUNT,
  LAST_ADMIN: AccountErrorCode.LAST_ADMIN,
};

/**
 * 本单位账号 (issue #12 item 1): an institution's or enterprise's admin adds colleagues (same role, same organisation,
 * a one-time password), disables and enables them and resets their passwords. Another organisation's account answers
 * NOT_FOUND like a missing one. Every change: one transaction that first locks the organisation's admin rows (two
 * admins acting on each other serialise, so the last active admin stays), compare-and-set, an audit row.
 */
export class OrgAccountService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  toOrgAccount(u: UserAccount): OrgAccount {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      orgAdmin: u.orgAdmin,
      status: accountStatus(u, this.clock.now()) as AccountStatus,
      mustChangePassword: u.mustChangePassword,
      lastLoginAt: u.lastLoginAt,
      createdAt: u.createdAt,
      version: u.version,
    };
  }

  private orgOf(actor: Actor): Org {
    const user = actor.user;
    if (user?.role === Role.INSTITUTION && user.institutionId) return { column: 'institutionId', id: user.institutionId };
    if (user?.role === Role.ENTERPRISE && user.enterpriseId) return { column: 'enterpriseId', id: user.enterpriseId };
    throw forbidden();
  }

  /** The caller as the database holds it now: only an active admin of the organisation manages its accounts. */
  private async requireAdmin(em: EntityManager, actor: Actor): Promise<UserAccount> {
    const row = await em.findOne(UserAccount, { where: { id: actor.user!.id } });
    if (!row || !row.active || !row.orgAdmin) throw accountError(AccountErrorCode.NOT_ORG_ADMIN);
    return row;
  }

  async list(actor: Actor, first?: number, after?: string): Promise<Connection<OrgAccount>> {
    const org = this.orgOf(actor);
    await this.requireAdmin(this.db.manager, actor);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const qb = this.db.getRepository(UserAccount).createQueryBuilder('u').where(`u.${org.column} = :org`, { org: org.id });
    const totalCount = await qb.clone().getCount();
    if (cursor !== undefined) qb.andWhere('u.id > :cursor', { cursor });
    const rows = await qb
      .orderBy('u.id', 'ASC')
      .limit(size + 1)
      .getMany();
    const page = toConnection(rows, size, totalCount);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.toOrgAccount(e.node) })) };
  }

  async create(actor: Actor, input: CreateOrgAccountInput): Promise<{ account: OrgAccount; oneTimePassword: string }> {
    const org = this.orgOf(actor);
    await this.requireAdmin(this.db.manager, actor);
    const { password, columns } = await issueOneTimePassword(this.clock.now());
    const usernameKey = normalizeUsername(input.username);
    const now = this.clock.now();
    const saved = await this.db
      .transaction(async (em) => {
        await this.requireAdmin(em, actor);
        if (await em.exists(UserAccount, { where: { usernameKey } })) throw accountFieldError('username', AccountErrorCode.USERNAME_TAKEN);
        const row = em.getRepository(UserAccount).create({
          username: input.username.trim(),
          usernameKey,
          displayName: input.displayName.trim(),
          role: actor.user!.role,
          divisionCode: null,
          institutionId: org.column === 'institutionId' ? org.id : null,
          enterpriseId: org.column === 'enterpriseId' ? org.id : null,
          orgAdmin: !!input.orgAdmin,
          ...columns,
          active: true,
          version: 1,
          createdAt: now,
        });
        const inserted = await em.insert(UserAccount, row);
        row.id = Number(inserted.identifiers[0].id);
        await this.audit.record(em, actor, {
          action: 'CREATE_USER_ACCOUNT',
          entityType: 'UserAccount',
          entityId: row.id,
          after: { username: row.username, displayName: row.displayName, role: row.role, [org.column]: org.id, orgAdmin: row.orgAdmin },
        });
        return row;
      })
      .catch((e: unknown) => {
        if (e instanceof QueryFailedError && /ER_DUP_ENTRY|UNIQUE constraint failed|Duplicate entry/i.test(e.message)) {
          throw accountFieldError('username', AccountErrorCode.USERNAME_TAKEN);
        }
        throw e;
      });
    return { account: this.toOrgAccount(saved), oneTimePassword: password };
  }

  async setActive(actor: Actor, input: AccountActionInput, active: boolean): Promise<OrgAccount> {
    return this.change(actor, input, active ? 'ENABLE' : 'DISABLE', async (em, row) => {
      await compareAndSet(em, UserAccount, row, { active });
      await this.audit.record(em, actor, {
        action: active ? 'ENABLE_USER_ACCOUNT' : 'DISABLE_USER_ACCOUNT',
        entityType: 'UserAccount',
        entityId: row.id,
        before: { active: !active },
        after: { active },
      });
    });
  }

  async resetPassword(actor: Actor, input: AccountActionInput): Promise<{ account: OrgAccount; oneTimePassword: string }> {
    const { password, columns } = await issueOneTimePassword(this.clock.now());
    const account = await this.change(actor, input, 'RESET', async (em, row) => {
      await compareAndSet(em, UserAccount, row, columns);
      await this.audit.record(em, actor, {
        action: 'RESET_USER_PASSWORD',
        entityType: 'UserAccount',
        entityId: row.id,
        after: { mustChangePassword: true },
      });
    });
    return { account, oneTimePassword: password };
  }

  /**
   * One change of a colleague's account. The organisation's admin rows are locked first (an UPDATE that changes nothing
   * but takes their row locks on MySQL; SQLite runs one transaction at a time anyway), so everything read after it is
   * what the other admins' committed changes left.
   */
  private async change(
    actor: Actor,
    input: AccountActionInput,
    mode: 'DISABLE' | 'ENABLE' | 'RESET',
    write: (em: EntityManager, row: UserAccount) => Promise<void>,
  ): Promise<OrgAccount> {
    const org = this.orgOf(actor);
    return this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .update(UserAccount)
        .set({ orgAdmin: () => 'orgAdmin' })
        .where(`${org.column} = :org AND orgAdmin = :admin`, { org: org.id, admin: true })
        .execute();
      const row = await em.findOne(UserAccount, { where: { id: Number(input.id), [org.column]: org.id } });
      if (!row) throw notFound('账号');
      const me = await em.findOne(UserAccount, { where: { id: actor.user!.id } });
      const otherActiveAdmins = await em
        .createQueryBuilder(UserAccount, 'u')
        .where(`u.${org.column} = :org AND u.orgAdmin = :admin AND u.active = :active AND u.id <> :target`, {
          org: org.id,
          admin: true,
          active: true,
          target: row.id,
        })
        .getCount();
      const refusal = orgAccountChangeRefusal({
        actor: { id: actor.user!.id, active: !!me?.active, orgAdmin: !!me?.orgAdmin },
        target: { id: row.id, orgAdmin: row.orgAdmin },
        deactivating: mode === 'DISABLE',
        otherActiveAdmins,
      });
      if (refusal === 'OWN_ACCOUNT' && mode === 'RESET') throw accountError(AccountErrorCode.OWN_PASSWORD);
      if (refusal) throw accountError(REFUSALS[refusal]);
      await write(em, Object.assign(row, { version: input.expectedVersion }));
      return this.toOrgAccount(row);
    });
  }
}
