import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AnalyticsQuery } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { toId } from '../../common/ids';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { DashboardCardInput, RunAnalyticsArgs, SavedAnalyticsQueryFilter, SaveAnalyticsQueryInput } from './analytics.inputs';
import { AnalyticsService } from './analytics.service';
import { AnalyticsCatalog, AnalyticsDashboard, AnalyticsResult, SavedAnalyticsQuery } from './analytics.types';
import { DashboardService } from './dashboard.service';
import { SavedQueryService } from './saved-query.service';

const SavedAnalyticsQueryConnection = ConnectionType(SavedAnalyticsQuery, 'SavedAnalyticsQuery');
type SavedAnalyticsQueryConnection = InstanceType<typeof SavedAnalyticsQueryConnection>;

@ArgsType()
class SavedAnalyticsQueriesArgs extends PageArgs {
  @Field(() => SavedAnalyticsQueryFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: SavedAnalyticsQueryFilter;
}

/** Whether the client selected `name` directly inside this field. */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === name
        : s.kind === Kind.INLINE_FRAGMENT
          ? visit(s.selectionSet)
          : visit(info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * 数据分析 and 仪表盘. Queries run for PROVINCE, CITY, COUNTY and ANALYST, always in the caller's own scope (a CITY
 * bureau sees its counties, ANALYST the province with personal data masked); dashboards are the home of PROVINCE,
 * CITY and ANALYST; PROVINCE arranges the dashboard's cards.
 */
@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly saved: SavedQueryService,
    private readonly dashboards: DashboardService,
  ) {}

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Query(() => AnalyticsCatalog, { description: '自定义查询目录：数据集、字段（类型、中文名、可用筛选与统计方式、是否个人信息）与限制' })
  analyticsCatalog(@Ctx() ctx: RequestContext): AnalyticsCatalog {
    return this.analytics.catalog(ctx.user!.role);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Query(() => AnalyticsResult, { description: '运行自定义查询（一条参数化SQL语句）；按本人管辖范围，分析人员的个人信息脱敏' })
  runAnalyticsQuery(
    @Args() { query, first, after, savedQueryId }: RunAnalyticsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AnalyticsResult> {
    return this.analytics.run(
      ctx,
      query as AnalyticsQuery,
      { first, after, withTotal: selects(info, 'totalCount') },
      savedQueryId ? toId(savedQueryId) : undefined,
    );
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Query(() => SavedAnalyticsQueryConnection, { description: '本人的查询和所有共享查询，最新在前' })
  savedAnalyticsQueries(
    @Args() { first, after, filter }: SavedAnalyticsQueriesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SavedAnalyticsQueryConnection> {
    return this.saved.list(ctx.user!, filter ?? {}, first, after);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Query(() => SavedAnalyticsQuery, { description: '一个已保存的查询（本人的或共享的）' })
  savedAnalyticsQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SavedAnalyticsQuery> {
    return this.saved.get(ctx.user!, toId(id));
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Mutation(() => SavedAnalyticsQuery, { description: '保存查询（私有或共享）；带 id 时修改本人的查询' })
  saveAnalyticsQuery(@Arg('input') input: SaveAnalyticsQueryInput, @Ctx() ctx: RequestContext): Promise<SavedAnalyticsQuery> {
    return this.saved.save(ctx, input);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST)
  @Mutation(() => Boolean, { description: '删除本人的查询（已加入仪表盘的须先移除）' })
  deleteAnalyticsQuery(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.saved.delete(ctx, toId(id), version);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.ANALYST)
  @Query(() => AnalyticsDashboard, { description: '仪表盘（卡片为共享查询，按本人管辖范围运行）' })
  analyticsDashboard(
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AnalyticsDashboard> {
    return this.dashboards.get(ctx.user!, key ?? undefined);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => AnalyticsDashboard, { description: '把共享查询加入仪表盘' })
  addDashboardCard(@Arg('input') input: DashboardCardInput, @Ctx() ctx: RequestContext): Promise<AnalyticsDashboard> {
    return this.dashboards.addCard(ctx, input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => AnalyticsDashboard, { description: '从仪表盘移除卡片（查询本身保留）' })
  removeDashboardCard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AnalyticsDashboard> {
    return this.dashboards.removeCard(ctx, toId(id));
  }
}
