import { DataSource, EntityManager } from 'typeorm';
import { AnalyticsQuery, explainAnalyticsQuery } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { Role } from '../../common/enums';
import { compareAndSet } from '../../common/compare-and-set';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { AnalyticsCaller, AnalyticsService } from './analytics.service';
import { AnalyticsChartInput, SavedAnalyticsQueryFilter, SaveAnalyticsQueryInput } from './analytics.inputs';
import { AnalyticsChart, SavedAnalyticsQuery } from './analytics.types';
import { queryInUse } from './analytics.errors';
import { AnalyticsDashboardCardRow } from './dashboard.entity';
import { findDataset } from './datasets';
import { SavedAnalyticsQueryRow } from './saved-query.entity';

/** A saved definition stays small enough for one TEXT column on MySQL (64 KB). */
const MAX_DEFINITION_BYTES = 60_000;

/** The query as stored: only the language's keys, no nulls — what a link or a saved query carries. */
export function canonicalQuery(input: AnalyticsQuery): AnalyticsQuery {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined) continue;
        out[k] = clean(v);
      }
      return out;
    }
    return value;
  };
  return clean(input) as AnalyticsQuery;
}

export function chartOf(json: string | null): AnalyticsChart | null {
  if (!json) return null;
  try {
    const c = JSON.parse(json) as Partial<AnalyticsChart>;
    return c.type ? { type: c.type, x: c.x ?? null, series: c.series ?? null, measure: c.measure ?? null } : null;
  } catch {
    return null;
  }
}

export function chartJson(chart: AnalyticsChartInput | null | undefined): string | null {
  return chart
    ? JSON.stringify({ type: chart.type, x: chart.x ?? null, series: chart.series ?? null, measure: chart.measure ?? null })
    : null;
}

export class SavedQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly analytics: AnalyticsService,
    private readonly divisions: DivisionService,
  ) {}

  toType(row: SavedAnalyticsQueryRow, user: AuthUser): SavedAnalyticsQuery {
    let definition: AnalyticsQuery;
    try {
      definition = JSON.parse(row.definition) as AnalyticsQuery;
    } catch {
      definition = { dataset: row.dataset };
    }
    const dataset = findDataset(row.dataset);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      shared: row.shared,
      dataset: row.dataset,
      datasetLabel: dataset?.label ?? row.dataset,
      definition,
      chart: chartOf(row.chart),
      explanation: explainAnalyticsQuery(definition, dataset, { divisionName: (c) => this.divisions.get(c)?.name }),
      ownerName: row.owner?.displayName ?? null,
      mine: row.ownerId === user.id,
      system: row.ownerId === null,
      lastRunAt: row.lastRunAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  }

  private visible(em: EntityManager | DataSource, user: AuthUser) {
    return em
      .getRepository(SavedAnalyticsQueryRow)
      .createQueryBuilder('q')
      .leftJoin('q.owner', 'u')
      .addSelect(['u.id', 'u.displayName'])
      .where('(q.ownerId = :me OR q.shared = :shared)', { me: user.id, shared: true });
  }

  /** Own queries and every shared one, newest first. */
  async list(
    user: AuthUser,
    filter: SavedAnalyticsQueryFilter = {},
    first?: number,
    after?: string,
  ): Promise<Connection<SavedAnalyticsQuery>> {
    const size = pageSize(first);
    const qb = this.visible(this.db, user);
    if (filter.scope === 'MINE') qb.andWhere('q.ownerId = :me');
    if (filter.scope === 'SHARED') qb.andWhere('q.shared = :shared');
    if (filter.dataset) qb.andWhere('q.dataset = :dataset', { dataset: filter.dataset });
    if (filter.text?.trim()) qb.andWhere(`q.name LIKE :text ${LIKE_ESCAPE}`, { text: containsPattern(filter.text.trim()) });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('q.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('q.id', 'DESC')
      // limit, not take: a to-one join needs no DISTINCT pre-query.
      .limit(size + 1)
      .getMany();
    const connection = toConnection(rows, size, totalCount);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.toType(e.node, user) })) };
  }

  /** A query the user may open; anything else answers exactly like a missing id. */
  async getRow(user: AuthUser, id: number, em: EntityManager | DataSource = this.db): Promise<SavedAnalyticsQueryRow> {
    const row = await this.visible(em, user).andWhere('q.id = :id', { id }).getOne();
    if (!row) throw notFound('查询');
    return row;
  }

  async get(user: AuthUser, id: number): Promise<SavedAnalyticsQuery> {
    return this.toType(await this.getRow(user, id), user);
  }

  /** Owners edit their own; system queries (dashboard cards) only PROVINCE. */
  private assertMayEdit(user: AuthUser, row: SavedAnalyticsQueryRow): void {
    const owner = row.ownerId === user.id || (row.ownerId === null && user.role === Role.PROVINCE);
    if (!owner) throw forbidden('只能修改或删除自己创建的查询');
  }

  async save(caller: AnalyticsCaller, input: SaveAnalyticsQueryInput): Promise<SavedAnalyticsQuery> {
    const user = caller.user!;
    const query = canonicalQuery(input.query as AnalyticsQuery);
    // What is saved must run: the same checks (and cost) as a run by the one who saves it.
    this.analytics.compile(caller, query);
    const definition = JSON.stringify(query);
    if (Buffer.byteLength(definition, 'utf8') > MAX_DEFINITION_BYTES) {
      throw badInput([{ field: 'query', code: 'QUERY_TOO_LARGE', message: '查询定义过大，请减少筛选条件或取值' }]);
    }
    const name = input.name.trim();
    if (!name) throw badInput([{ field: 'name', code: 'REQUIRED', message: '请填写名称（最多50字）' }]);
    const values = {
      name,
      description: input.description?.trim() || null,
      shared: input.shared,
      dataset: query.dataset,
      definition,
      chart: chartJson(input.chart),
    };
    const id = await this.db.transaction(async (em) => {
      if (input.id) {
        if (input.version == null) throw badInput([{ field: 'version', code: 'REQUIRED', message: '修改查询时请回传版本号' }]);
        const before = await this.getRow(user, Number(input.id) || -1, em);
        this.assertMayEdit(user, before);
        if (!values.shared) await this.assertNotOnDashboard(em, before.id);
        const beforeView = { name: before.name, shared: before.shared, definition: before.definition, chart: before.chart };
        await compareAndSet(em, SavedAnalyticsQueryRow, { ...before, version: input.version }, values, '该查询已被修改，请刷新后重试');
        await this.audit.record(em, caller, {
          action: 'UPDATE_ANALYTICS_QUERY',
          entityType: 'SavedAnalyticsQuery',
          entityId: before.id,
          before: beforeView,
          after: { name: values.name, shared: values.shared, definition: values.definition, chart: values.chart },
        });
        return before.id;
      }
      const result = await em.insert(SavedAnalyticsQueryRow, { ...values, ownerId: user.id, systemKey: null, version: 1 });
      const newId = Number(result.identifiers[0].id);
      await this.audit.record(em, caller, {
        action: 'SAVE_ANALYTICS_QUERY',
        entityType: 'SavedAnalyticsQuery',
        entityId: newId,
        after: { name: values.name, shared: values.shared, definition: values.definition, chart: values.chart },
      });
      return newId;
    });
    return this.get(user, id);
  }

  private async assertNotOnDashboard(em: EntityManager, savedQueryId: number): Promise<void> {
    if (await em.getRepository(AnalyticsDashboardCardRow).exists({ where: { savedQueryId } })) throw queryInUse();
  }

  async delete(actor: Actor, id: number, version: number): Promise<boolean> {
    const user = actor.user!;
    await this.db.transaction(async (em) => {
      const row = await this.getRow(user, id, em);
      this.assertMayEdit(user, row);
      await this.assertNotOnDashboard(em, row.id);
      const result = await em.delete(SavedAnalyticsQueryRow, { id: row.id, version });
      if (!result.affected) throw new AppError('CONFLICT', '该查询已被修改，请刷新后重试');
      await this.audit.record(em, actor, {
        action: 'DELETE_ANALYTICS_QUERY',
        entityType: 'SavedAnalyticsQuery',
        entityId: row.id,
        before: { name: row.name, shared: row.shared, definition: row.definition },
      });
    });
    return true;
  }
}
