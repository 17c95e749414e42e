import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, displayIp } from '@hebei/domain';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError } from '../../common/errors';
import { Connection, pageSize, Sort, SortDirection, SortKey, sortedPage } from '../../common/pagination';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  /** One of the labelled actions (libs/domain audit.ts): the audit log names every row it shows. */
  action: AuditAction;
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

export enum AuditSortField {
  TIME = 'TIME',
  ACTION = 'ACTION',
  ENTITY_TYPE = 'ENTITY_TYPE',
  ACTOR = 'ACTOR',
}
const AUDIT_SORT_KEYS: Record<AuditSortField, SortKey> = {
  TIME: { column: 'a.id', property: 'id', kind: 'number' },
  ACTION: { column: 'a.action', property: 'action', kind: 'string' },
  ENTITY_TYPE: { column: 'a.entityType', property: 'entityType', kind: 'string' },
  ACTOR: { column: 'a.actorUsername', property: 'actorUsername', kind: 'string', nullable: true },
};
const NEWEST_FIRST: Sort<AuditSortField> = { field: AuditSortField.TIME, direction: SortDirection.DESC };

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
      ip: actor.ip ? displayIp(actor.ip) : actor.ip,
      createdAt: this.clock.now(),
    };
  }

  /** Newest first unless sorted otherwise. */
  async list(
    filter: AuditFilter,
    first?: number,
    after?: string,
    sort: Sort<AuditSortField> = NEWEST_FIRST,
  ): Promise<Connection<AuditLog>> {
    const qb = this.filtered(filter);
    const totalCount = await qb.clone().getCount();
    return sortedPage(qb, 'a', AUDIT_SORT_KEYS, sort, after, pageSize(first), totalCount);
  }

  /** The export's rows: same filters and order, in keyset chunks of 500. */
  async *listAllChunks(filter: AuditFilter, sort: Sort<AuditSortField> = NEWEST_FIRST): AsyncGenerator<AuditLog[]> {
    let after: string | undefined;
    for (;;) {
      const page = await sortedPage(this.filtered(filter), 'a', AUDIT_SORT_KEYS, sort, after, 500, 0);
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }

  count(filter: AuditFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: AuditFilter) {
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
    return qb;
  }
}
