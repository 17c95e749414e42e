import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { OFFICER_ROLES } from '../../common/enums';
import { notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { maskerFor } from '../../common/personal-data';
import { AuditService } from '../audit/audit.service';
import { UserAccount } from '../auth/user.entity';
import { Notification } from './notification.entity';
import { Masker, NOTIFICATION_TEMPLATES, NotificationData, NotificationType } from './notification.templates';

/** Who is told: an organisation's users, a bureau's officers (by the bureau's division code), or one user. */
export type Recipient = { institutionId: number } | { enterpriseId: number } | { bureau: string } | { userId: number };

/** What the notice is about; the admin app links to it. */
export interface NotificationSubject {
  type:
    | 'Application'
    | 'ServiceBooking'
    | 'Institution'
    | 'ServiceReport'
    | 'ChangeReport'
    | 'RemovalCase'
    | 'EvaluationCampaign'
    | 'WelfareActivity'
    | 'PasswordResetRequest';
  id: number;
}

const INSERT_CHUNK = 200;

/** One notice waiting to be written (see notifyMany). */
export interface PendingNotice<K extends NotificationType = NotificationType> {
  recipients: Recipient[];
  type: K;
  data: NotificationData<K>;
  subject?: NotificationSubject;
}

type RecipientUser = Pick<UserAccount, 'id' | 'role' | 'institutionId' | 'enterpriseId' | 'divisionCode'>;

function reaches(r: Recipient, u: RecipientUser): boolean {
  if ('institutionId' in r) return u.institutionId === r.institutionId;
  if ('enterpriseId' in r) return u.enterpriseId === r.enterpriseId;
  if ('userId' in r) return u.id === r.userId;
  return u.divisionCode === r.bureau && (OFFICER_ROLES as readonly string[]).includes(u.role);
}

export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Tells the recipients, inside the caller's transaction (a notice exists exactly when its cause does): one SELECT
   * for the users, one multi-row INSERT. The text comes from the template, rendered per recipient role for masking.
   */
  notify<K extends NotificationType>(
    em: EntityManager,
    recipients: Recipient[],
    type: K,
    data: NotificationData<K>,
    subject?: NotificationSubject,
  ): Promise<number> {
    return this.notifyMany(em, [{ recipients, type, data, subject }]);
  }

  /** Many notices at once (jobs): still one SELECT for all their users and chunked multi-row INSERTs. */
  async notifyMany(em: EntityManager, notices: PendingNotice[]): Promise<number> {
    if (!notices.length) return 0;
    const users = await this.usersOf(
      em,
      notices.flatMap((n) => n.recipients),
    );
    const now = this.clock.now();
    const rows = notices.flatMap((n) => {
      const render = NOTIFICATION_TEMPLATES[n.type] as (d: unknown, m: Masker) => { title: string; body: string };
      return users
        .filter((u) => n.recipients.some((r) => reaches(r, u)))
        .map((u) => ({
          userId: u.id,
          type: n.type,
          ...render(n.data, maskerFor(u.role)),
          subjectType: n.subject?.type ?? null,
          subjectId: n.subject?.id ?? null,
          readAt: null,
          createdAt: now,
        }));
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await em.insert(Notification, rows.slice(i, i + INSERT_CHUNK));
    return rows.length;
  }

  /** Active users behind the recipients, each once. */
  private async usersOf(em: EntityManager, recipients: Recipient[]): Promise<RecipientUser[]> {
    const institutionIds = recipients.flatMap((r) => ('institutionId' in r ? [r.institutionId] : []));
    const enterpriseIds = recipients.flatMap((r) => ('enterpriseId' in r ? [r.enterpriseId] : []));
    const bureaus = recipients.flatMap((r) => ('bureau' in r ? [r.bureau] : []));
    const userIds = recipients.flatMap((r) => ('userId' in r ? [r.userId] : []));
    if (!institutionIds.length && !enterpriseIds.length && !bureaus.length && !userIds.length) return [];
    const qb = em
      .createQueryBuilder(UserAccount, 'u')
      .select(['u.id', 'u.role', 'u.institutionId', 'u.enterpriseId', 'u.divisionCode'])
      .where('u.active = :active', { active: true });
    const any: string[] = [];
    if (institutionIds.length) any.push('u.institutionId IN (:...institutionIds)');
    if (enterpriseIds.length) any.push('u.enterpriseId IN (:...enterpriseIds)');
    if (bureaus.length) any.push('(u.divisionCode IN (:...bureaus) AND u.role IN (:...officerRoles))');
    if (userIds.length) any.push('u.id IN (:...userIds)');
    return qb
      .andWhere(`(${any.join(' OR ')})`, { institutionIds, enterpriseIds, bureaus, officerRoles: [...OFFICER_ROLES], userIds })
      .orderBy('u.id')
      .getMany();
  }

  /** The caller's notices, newest first, with the unread count for the bell. */
  async mine(actor: Actor, first?: number, after?: string): Promise<Connection<Notification> & { unreadCount: number }> {
    const userId = actor.user?.id ?? -1;
    const size = pageSize(first);
    const repo = this.db.getRepository(Notification);
    const qb = repo.createQueryBuilder('n').where('n.userId = :userId', { userId });
    const cursor = decodeCursor(after);
    const page = qb.clone();
    if (cursor !== undefined) page.andWhere('n.id < :cursor', { cursor });
    const [totalCount, unreadCount, rows] = await Promise.all([
      qb.getCount(),
      repo.count({ where: { userId, readAt: IsNull() } }),
      page
        .orderBy('n.id', 'DESC')
        .take(size + 1)
        .getMany(),
    ]);
    return { ...toConnection(rows, size, totalCount), unreadCount };
  }

  async markRead(actor: Actor, id: number): Promise<Notification> {
    return this.db.transaction(async (em) => {
      const n = await em.findOne(Notification, { where: { id, userId: actor.user?.id ?? -1 } });
      if (!n) throw notFound('通知');
      if (!n.readAt) {
        n.readAt = this.clock.now();
        await em.update(Notification, { id, readAt: IsNull() }, { readAt: n.readAt });
        await this.audit.record(em, actor, {
          action: 'READ_NOTIFICATION',
          entityType: 'Notification',
          entityId: id,
          after: { readAt: n.readAt },
        });
      }
      return n;
    });
  }

  /** Marks every unread notice of the caller read; returns how many changed. */
  async markAllRead(actor: Actor): Promise<number> {
    const userId = actor.user?.id ?? -1;
    return this.db.transaction(async (em) => {
      const at = this.clock.now();
      const result = await em.update(Notification, { userId, readAt: IsNull() }, { readAt: at });
      const changed = result.affected ?? 0;
      if (changed) {
        await this.audit.record(em, actor, {
          action: 'READ_ALL_NOTIFICATIONS',
          entityType: 'Notification',
          after: { count: changed, readAt: at },
        });
      }
      return changed;
    });
  }
}
