import { DataSource } from 'typeorm';
import { Actor, AuthUser } from '../../common/context';
import { notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { DashboardCardInput } from './analytics.inputs';
import { queryNotShared } from './analytics.errors';
import { AnalyticsDashboard } from './analytics.types';
import { AnalyticsDashboardCardRow, AnalyticsDashboardRow } from './dashboard.entity';
import { chartJson, chartOf, SavedQueryService } from './saved-query.service';
import { DEFAULT_DASHBOARD_KEY } from './analytics.defaults';

/** Dashboards: shared saved queries as cards; the viewer runs each card with their own scope. */
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly saved: SavedQueryService,
  ) {}

  /** The dashboard and its cards: two statements, whatever the number of cards. */
  async get(user: AuthUser, key = DEFAULT_DASHBOARD_KEY): Promise<AnalyticsDashboard> {
    const dashboard = await this.db.getRepository(AnalyticsDashboardRow).findOne({ where: { key } });
    if (!dashboard) throw notFound('仪表盘');
    const cards = await this.db
      .getRepository(AnalyticsDashboardCardRow)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.savedQuery', 'q')
      .leftJoin('q.owner', 'u')
      .addSelect(['u.id', 'u.displayName'])
      .where('c.dashboardId = :id', { id: dashboard.id })
      .andWhere('q.shared = :shared', { shared: true })
      .orderBy('c.position', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return {
      id: dashboard.id,
      key: dashboard.key,
      title: dashboard.title,
      description: dashboard.description,
      cards: cards.map((c) => ({
        id: c.id,
        title: c.title ?? c.savedQuery!.name,
        width: c.width === 2 ? 2 : 1,
        chart: chartOf(c.chart) ?? chartOf(c.savedQuery!.chart) ?? { type: 'TABLE', x: null, series: null, measure: null },
        query: this.saved.toType(c.savedQuery!, user),
      })),
    };
  }

  async addCard(actor: Actor, input: DashboardCardInput): Promise<AnalyticsDashboard> {
    const user = actor.user!;
    const key = input.dashboard || DEFAULT_DASHBOARD_KEY;
    await this.db.transaction(async (em) => {
      const dashboard = await em.getRepository(AnalyticsDashboardRow).findOne({ where: { key } });
      if (!dashboard) throw notFound('仪表盘');
      const query = await this.saved.getRow(user, Number(input.savedQueryId) || -1, em);
      if (!query.shared) throw queryNotShared();
      const last = await em
        .getRepository(AnalyticsDashboardCardRow)
        .createQueryBuilder('c')
        .select('MAX(c.position)', 'p')
        .where('c.dashboardId = :id', { id: dashboard.id })
        .getRawOne<{ p: number | string | null }>();
      const card = {
        dashboardId: dashboard.id,
        savedQueryId: query.id,
        position: Number(last?.p ?? 0) + 1,
        title: input.title?.trim() || null,
        width: input.width === 2 ? 2 : 1,
        chart: chartJson(input.chart) ?? query.chart,
      };
      const result = await em.insert(AnalyticsDashboardCardRow, card);
      await this.audit.record(em, actor, {
        action: 'ADD_DASHBOARD_CARD',
        entityType: 'AnalyticsDashboard',
        entityId: dashboard.id,
        after: { cardId: Number(result.identifiers[0].id), ...card },
      });
    });
    return this.get(user, key);
  }

  async removeCard(actor: Actor, id: number): Promise<AnalyticsDashboard> {
    const user = actor.user!;
    const key = await this.db.transaction(async (em) => {
      const card = await em.getRepository(AnalyticsDashboardCardRow).findOne({ where: { id }, relations: { dashboard: true } });
      if (!card) throw notFound('仪表盘卡片');
      // Two officers removing the same card: the second finds nothing to remove.
      if (!(await em.delete(AnalyticsDashboardCardRow, { id })).affected) throw notFound('仪表盘卡片');
      await this.audit.record(em, actor, {
        action: 'REMOVE_DASHBOARD_CARD',
        entityType: 'AnalyticsDashboard',
        entityId: card.dashboardId,
        before: { cardId: card.id, savedQueryId: card.savedQueryId, position: card.position, title: card.title, chart: card.chart },
      });
      return card.dashboard!.key;
    });
    return this.get(user, key);
  }
}
