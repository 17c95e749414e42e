import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { Notification } from './notification.entity';

export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Written inside the caller's transaction, so a notice exists exactly when its cause does. */
  async notify(
    em: EntityManager,
    institutionId: number,
    n: { type: string; title: string; body: string; applicationId?: number },
  ): Promise<void> {
    await em.insert(Notification, {
      institutionId,
      ...n,
      applicationId: n.applicationId ?? null,
      readAt: null,
      createdAt: this.clock.now(),
    });
  }

  async mine(actor: Actor, first?: number, after?: string): Promise<Connection<Notification> & { unreadCount: number }> {
    const institutionId = actor.user?.institutionId ?? -1;
    const size = pageSize(first);
    const qb = this.db.getRepository(Notification).createQueryBuilder('n').where('n.institutionId = :institutionId', { institutionId });
    const [totalCount, unreadCount] = await Promise.all([
      qb.clone().getCount(),
      this.db.getRepository(Notification).count({ where: { institutionId, readAt: IsNull() } }),
    ]);
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('n.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .take(size + 1)
      .getMany();
    return { ...toConnection(rows, size, totalCount), unreadCount };
  }

  async markRead(actor: Actor, id: number): Promise<Notification> {
    return this.db.transaction(async (em) => {
      const n = await em.findOne(Notification, { where: { id, institutionId: actor.user?.institutionId ?? -1 } });
      if (!n) throw notFound('通知');
      if (!n.readAt) {
        n.readAt = this.clock.now();
        await em.update(Notification, { id }, { readAt: n.readAt });
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
}
