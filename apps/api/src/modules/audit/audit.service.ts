import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** For attempts without an authenticated actor (failed logins). */
  actorUsername?: string;
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUsername?: string;
  from?: Date;
  to?: Date;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Always called with the transaction's manager: the audit row commits or rolls back with the change. */
  async record(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await em.insert(AuditLog, this.row(actor, entry));
  }

  /** Several rows of one set-based change (a job's batch), in INSERTs of up to 500 rows, in the caller's transaction. */
  async recordMany(em: EntityManager, actor: Actor, entries: AuditEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500)
      await em.insert(
        AuditLog,
        entries.slice(i, i + 500).map((e) => this.row(actor, e)),
      );
  }

  private row(actor: Actor, entry: AuditEntry) {
    return {
      actorId: actor.user?.id ?? null,
      actorUsername: actor.user?.username ?? entry.actorUsername ?? null,
      actorRole: actor.user?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
      ip: actor.ip,
      createdAt: this.clock.now(),
    };
  }

  /** Newest first; the cursor is the last id seen. */
  async list(filter: AuditFilter, first?: number, after?: string): Promise<Connection<AuditLog>> {
    const size = pageSize(first);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new AppError('BAD_USER_INPUT', '开始时间不能晚于结束时间', {
        fields: [{ field: 'to', code: 'INVALID_RANGE', message: '开始时间不能晚于结束时间' }],
      });
    }
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a');
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorUsername) qb.andWhere('a.actorUsername = :actorUsername', { actorUsername: filter.actorUsername });
    if (filter.from) qb.andWhere('a.createdAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.createdAt <= :to', { to: filter.to });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('a.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }
}
