import { DataSource, EntityManager } from 'typeorm';
import { HEBEI_PROVINCE_CODE, mayRequestPasswordReset, parseUscc, passwordResetDecidable } from '@hebei/domain';
import { clientKey } from '../../common/client-ip';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { Actor } from '../../common/context';
import { Role } from '../../common/enums';
import { notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { RateLimiter, RateLimitPolicy } from '../../common/rate-limit';
import { applyScope, Scope } from '../../common/scope';
import { issueOneTimePassword } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { UserAccount } from '../auth/user.entity';
import { normalizeUsername, USERNAME_MAX } from '../auth/username';
import { CaptchaService } from '../captcha/captcha.service';
import { DivisionService } from '../division/division.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution } from '../institution/institution.entity';
import { NotificationService, Recipient } from '../notification/notification.service';
import { passwordResetError, PasswordResetErrorCode } from './password-reset.errors';
import { PASSWORD_RESET_ROWS, PasswordResetRequest } from './password-reset.entity';
import { PasswordResetRequestInput, PasswordResetRequestView, PasswordResetStatus, RejectPasswordResetInput } from './password-reset.types';
import { AccountActionInput } from '../account/account.inputs';

/** Digits only: "0314-1234567" and "03141234567" are the same number. */
const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '');

type Org = Pick<Institution, 'name' | 'uscc' | 'divisionCode' | 'contactPhone'>;

/** A user of a request (applicant or decider) with its organisation's name and USCC (raw columns). */
interface PeopleRow {
  id: number | string;
  username: string;
  displayName: string;
  role: Role;
  organisationName: string | null;
  uscc: string | null;
}

/**
 * 忘记密码 (issue #12 item 1, ADR 0021): a self-registered user asks on a public form (username, the organisation's
 * USCC and registered phone, a captcha, rate-limited per address); whether the account exists or not, the answer is the
 * same. A matching request waits for an officer of the organisation's place (county, city, province — the scope), who
 * calls the registered phone and approves (a one-time password shown once to the officer) or rejects with a reason.
 * No e-mail is sent: no SMTP path is built.
 */
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
    private readonly limiter: RateLimiter,
    private readonly limit: RateLimitPolicy,
    private readonly captcha: CaptchaService,
  ) {}

  /** Intakes still running (see `request`); `settled()` waits for them. */
  private readonly intakes = new Set<Promise<void>>();

  /**
   * Always true once the captcha and the rate limit pass: the caller learns nothing about the account — neither from
   * the answer nor from its timing. Looking the account up and filing a matching request (a transaction with the
   * audit row and the bureaus' notices) happen after the answer, so a matching request answers as fast as one for a
   * made-up username (issue #12: the matching request used to answer measurably slower).
   */
  async request(input: PasswordResetRequestInput, actor: Actor): Promise<boolean> {
    await this.captcha.check(input.captcha);
    await this.limiter.consume(this.limit, clientKey(actor.ip));
    const intake = this.intake(input, actor)
      .catch((e: unknown) => {
        // Nothing was filed (the transaction rolled back); the public answer stays the same.
        // eslint-disable-next-line no-console
        console.error('[password-reset] intake failed', e);
      })
      .finally(() => this.intakes.delete(intake));
    this.intakes.add(intake);
    return true;
  }

  /** Resolves once every request answered so far has been looked up and, when it matched, filed. For tests and shutdown. */
  async settled(): Promise<void> {
    while (this.intakes.size) await Promise.all([...this.intakes]);
  }

  private async intake(input: PasswordResetRequestInput, actor: Actor): Promise<void> {
    const key = normalizeUsername(input.username);
    const user =
      key && key.length <= USERNAME_MAX ? await this.db.getRepository(UserAccount).findOne({ where: { usernameKey: key } }) : null;
    if (!user || !user.active || !mayRequestPasswordReset(user.role)) return;
    const org = await this.organisationOf(this.db.manager, user);
    const uscc = parseUscc(input.uscc);
    if (
      !org ||
      !uscc.valid ||
      uscc.normalized !== org.uscc ||
      !digits(org.contactPhone) ||
      digits(org.contactPhone) !== digits(input.contactPhone)
    )
      return;
    await this.db.transaction(async (em) => {
      // One open request per account: a second one adds nothing (and tells nothing).
      if (await em.exists(PasswordResetRequest, { where: { userId: user.id, status: PasswordResetStatus.PENDING } })) return;
      const row = em.create(PasswordResetRequest, {
        userId: user.id,
        divisionCode: org.divisionCode,
        contactPhone: input.contactPhone,
        status: PasswordResetStatus.PENDING,
        rejectReason: null,
        decidedById: null,
        decidedAt: null,
        createdAt: this.clock.now(),
        version: 1,
      });
      const inserted = await em.insert(PasswordResetRequest, row);
      row.id = Number(inserted.identifiers[0].id);
      await this.audit.record(
        em,
        { ip: actor.ip },
        {
          action: 'REQUEST_PASSWORD_RESET',
          entityType: 'PasswordResetRequest',
          entityId: row.id,
          actorUsername: user.username,
          after: { username: user.username, divisionCode: org.divisionCode },
        },
      );
      await this.notifications.notify(
        em,
        this.bureausOf(org.divisionCode),
        'PASSWORD_RESET_REQUESTED',
        { organisationName: org.name, username: user.username },
        { type: 'PasswordResetRequest', id: row.id },
      );
    });
  }

  /** The county bureau of the place, its city's and the province's. */
  private bureausOf(divisionCode: string): Recipient[] {
    const city = this.divisions.cityOf(divisionCode)?.code;
    return [{ bureau: divisionCode }, ...(city && city !== divisionCode ? [{ bureau: city }] : []), { bureau: HEBEI_PROVINCE_CODE }];
  }

  private async organisationOf(em: EntityManager, user: UserAccount): Promise<Org | null> {
    if (user.role === Role.INSTITUTION && user.institutionId) return em.findOne(Institution, { where: { id: user.institutionId } });
    if (user.role === Role.ENTERPRISE && user.enterpriseId) return em.findOne(Enterprise, { where: { id: user.enterpriseId } });
    return null;
  }

  /** Requests of the scope's places still waiting for an officer (the menu badge and the 工作台's 待办). */
  pendingCount(scope: Scope): Promise<number> {
    return applyScope(this.db.getRepository(PasswordResetRequest).createQueryBuilder('r'), 'r', scope, PASSWORD_RESET_ROWS)
      .andWhere('r.status = :pending', { pending: PasswordResetStatus.PENDING })
      .getCount();
  }

  async list(
    scope: Scope,
    status: PasswordResetStatus | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<PasswordResetRequestView>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const qb = applyScope(this.db.getRepository(PasswordResetRequest).createQueryBuilder('r'), 'r', scope, PASSWORD_RESET_ROWS);
    if (status) qb.andWhere('r.status = :status', { status });
    const totalCount = await qb.clone().getCount();
    // Newest first.
    if (cursor !== undefined) qb.andWhere('r.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('r.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const page = toConnection(rows, size, totalCount);
    const views = await this.views(
      this.db.manager,
      page.edges.map((e) => e.node),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i] })) };
  }

  /**
   * The rows with their users, organisations and deciders in one statement, whatever the page size: each user with its
   * institution or enterprise joined (an account belongs to one of them at most).
   */
  private async views(em: EntityManager, rows: PasswordResetRequest[]): Promise<PasswordResetRequestView[]> {
    if (!rows.length) return [];
    const userIds = [...new Set(rows.flatMap((r) => (r.decidedById ? [r.userId, r.decidedById] : [r.userId])))];
    const found: PeopleRow[] = await em
      .createQueryBuilder(UserAccount, 'u')
      .leftJoin(Institution, 'i', 'i.id = u.institutionId')
      .leftJoin(Enterprise, 'e', 'e.id = u.enterpriseId')
      .select(['u.id AS id', 'u.username AS username', 'u.displayName AS displayName', 'u.role AS role'])
      .addSelect('COALESCE(i.name, e.name)', 'organisationName')
      .addSelect('COALESCE(i.uscc, e.uscc)', 'uscc')
      .where('u.id IN (:...userIds)', { userIds })
      .getRawMany();
    const users = new Map(found.map((u) => [Number(u.id), u]));
    return rows.map((r) => {
      const u = users.get(r.userId);
      return {
        id: r.id,
        username: u?.username ?? '',
        displayName: u?.displayName ?? '',
        role: u?.role ?? Role.INSTITUTION,
        organisationName: u?.organisationName ?? '',
        uscc: u?.uscc ?? '',
        division: this.divisions.get(r.divisionCode) ?? null,
        contactPhone: r.contactPhone,
        status: r.status as PasswordResetStatus,
        rejectReason: r.rejectReason,
        createdAt: r.createdAt,
        decidedAt: r.decidedAt,
        decidedByName: r.decidedById ? (users.get(r.decidedById)?.displayName ?? null) : null,
        version: r.version,
      };
    });
  }

  private async getScoped(em: EntityManager, scope: Scope, id: number): Promise<PasswordResetRequest> {
    const row = await applyScope(em.getRepository(PasswordResetRequest).createQueryBuilder('r'), 'r', scope, PASSWORD_RESET_ROWS)
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!row) throw notFound('重置密码申请');
    return row;
  }

  /** Approves: the account gets a one-time password (shown once, to the officer), its lock lifted, a change forced. */
  async approve(
    actor: Actor,
    scope: Scope,
    input: AccountActionInput,
  ): Promise<{ request: PasswordResetRequestView; oneTimePassword: string }> {
    const now = this.clock.now();
    const { password, columns } = await issueOneTimePassword(now);
    const request = await this.db.transaction(async (em) => {
      const row = await this.getScoped(em, scope, Number(input.id));
      if (!passwordResetDecidable(row.status)) throw passwordResetError(PasswordResetErrorCode.ALREADY_DECIDED);
      await compareAndSet(em, PasswordResetRequest, Object.assign(row, { version: input.expectedVersion }), {
        status: PasswordResetStatus.APPROVED,
        decidedById: actor.user!.id,
        decidedAt: now,
      });
      const user = await em.findOne(UserAccount, { where: { id: row.userId } });
      if (!user) throw notFound('账号');
      await compareAndSet(em, UserAccount, user, columns);
      await this.audit.record(em, actor, {
        action: 'APPROVE_PASSWORD_RESET',
        entityType: 'PasswordResetRequest',
        entityId: row.id,
        before: { status: PasswordResetStatus.PENDING },
        after: { status: PasswordResetStatus.APPROVED, username: user.username, mustChangePassword: true },
      });
      return (await this.views(em, [row]))[0];
    });
    return { request, oneTimePassword: password };
  }

  async reject(actor: Actor, scope: Scope, input: RejectPasswordResetInput): Promise<PasswordResetRequestView> {
    return this.db.transaction(async (em) => {
      const row = await this.getScoped(em, scope, Number(input.id));
      if (!passwordResetDecidable(row.status)) throw passwordResetError(PasswordResetErrorCode.ALREADY_DECIDED);
      const reason = input.reason.trim();
      await compareAndSet(em, PasswordResetRequest, Object.assign(row, { version: input.expectedVersion }), {
        status: PasswordResetStatus.REJECTED,
        rejectReason: reason,
        decidedById: actor.user!.id,
        decidedAt: this.clock.now(),
      });
      await this.audit.record(em, actor, {
        action: 'REJECT_PASSWORD_RESET',
        entityType: 'PasswordResetRequest',
        entityId: row.id,
        before: { status: PasswordResetStatus.PENDING },
        after: { status: PasswordResetStatus.REJECTED, reason },
      });
      return (await this.views(em, [row]))[0];
    });
  }
}
