import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { RegistryStatus, Role } from '../../common/enums';
import { toId } from '../../common/ids';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { DivisionService } from '../division/division.service';
import { EvaluationCampaign, EvaluationRubric, EvaluationSheet } from './evaluation.entity';
import {
  CampaignVersionInput,
  EvaluationSheetsArgs,
  IndicatorRowsArgs,
  OnSiteVerificationInput,
  OpenEvaluationCampaignInput,
  SaveEvaluationRubricInput,
  ScoreEvaluationSheetInput,
} from './evaluation.inputs';
import { EvaluationService, sheetIndicators, SheetWithFigures } from './evaluation.service';
import { EvaluationDistribution, EvaluationEvidenceRow, EvaluationIndicatorResult, EvaluationProgress } from './evaluation.types';

const CampaignConnection = ConnectionType(EvaluationCampaign, 'EvaluationCampaign');
type CampaignConnection = InstanceType<typeof CampaignConnection>;
const SheetConnection = ConnectionType(EvaluationSheet, 'EvaluationSheet');
type SheetConnection = InstanceType<typeof SheetConnection>;
const EvidenceConnection = ConnectionType(EvaluationEvidenceRow, 'EvaluationEvidenceRow');
type EvidenceConnection = InstanceType<typeof EvidenceConnection>;

const OFFICERS = [Role.PROVINCE, Role.CITY];

@Resolver(() => EvaluationCampaign)
export class EvaluationResolver {
  /** Progress of every campaign a request lists, in one GROUP BY. */
  private readonly progressLoaders = new WeakMap<RequestContext, DataLoader<number, EvaluationProgress>>();

  constructor(private readonly service: EvaluationService) {}

  @Authorized(Role.PROVINCE)
  @Query(() => [EvaluationRubric], { description: '评价指标体系各版本，最新在前' })
  evaluationRubrics(): Promise<EvaluationRubric[]> {
    return this.service.rubrics();
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => EvaluationRubric, { description: '保存评价指标体系：不带编号时新建草稿版本；已被评价活动使用的版本锁定' })
  saveEvaluationRubric(@Arg('input') input: SaveEvaluationRubricInput, @Ctx() ctx: RequestContext): Promise<EvaluationRubric> {
    return this.service.saveRubric(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => EvaluationCampaign, { description: '开启年度评价（每年一次）：锁定指标体系版本，按基准日在库机构生成评分表并计算指标' })
  openEvaluationCampaign(@Arg('input') input: OpenEvaluationCampaignInput, @Ctx() ctx: RequestContext): Promise<EvaluationCampaign> {
    return this.service.openCampaign(input, ctx);
  }

  @Authorized(...OFFICERS)
  @Query(() => CampaignConnection, { description: '年度评价活动，最新在前' })
  evaluationCampaigns(@Args() { first, after }: PageArgs): Promise<CampaignConnection> {
    return this.service.campaigns(first, after);
  }

  @Authorized(...OFFICERS)
  @Query(() => EvaluationCampaign, { description: '年度评价活动' })
  evaluationCampaign(@Arg('id', () => ID) id: string): Promise<EvaluationCampaign> {
    return this.service.campaign(toId(id));
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => EvaluationCampaign, { description: '按最新数据重新计算全部评分表的计算指标（发布前）' })
  refreshComputedIndicators(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: RequestContext): Promise<EvaluationCampaign> {
    return this.service.refresh(toId(campaignId), ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => EvaluationCampaign, { description: '发布评价结果：冻结全部数值，不合格机构提出移出建议' })
  publishEvaluationCampaign(@Arg('input') input: CampaignVersionInput, @Ctx() ctx: RequestContext): Promise<EvaluationCampaign> {
    return this.service.publish(input, ctx);
  }

  @FieldResolver(() => EvaluationProgress, { description: '评分进度（管辖范围内）' })
  progress(@Root() c: EvaluationCampaign, @Ctx() ctx: RequestContext): Promise<EvaluationProgress> {
    let loader = this.progressLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const map = await this.service.progress(ctx.scope, ids);
        return ids.map((id) => map.get(id)!);
      });
      this.progressLoaders.set(ctx, loader);
    }
    return loader.load(c.id);
  }

  @FieldResolver(() => EvaluationRubric, { description: '使用的指标体系版本' })
  async rubric(@Root() c: EvaluationCampaign): Promise<EvaluationRubric> {
    return c.rubric ?? this.service.rubric(c.rubricId);
  }
}

@Resolver(() => EvaluationSheet)
export class EvaluationSheetResolver {
  constructor(
    private readonly service: EvaluationService,
    private readonly divisions: DivisionService,
  ) {}

  @Authorized(...OFFICERS)
  @Query(() => SheetConnection, { description: '评分表（管辖范围内）：按编号，或按总分排名（ranked）' })
  evaluationSheets(
    @Args() { campaignId, filter, first, after }: EvaluationSheetsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SheetConnection> {
    return this.service.sheets(ctx.scope, toId(campaignId), filter ?? {}, first, after);
  }

  @Authorized(...OFFICERS, Role.INSTITUTION)
  @Query(() => EvaluationSheet, { description: '评分表；管辖范围外与不存在同样答复；机构只见本机构已发布的' })
  evaluationSheet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EvaluationSheet> {
    return this.service.sheet(ctx.scope, toId(id));
  }

  @Authorized(...OFFICERS)
  @Query(() => EvaluationSheet, { nullable: true, description: '下一份待评分的评分表（编号在后者优先，到末尾从头开始）' })
  async nextPendingEvaluationSheet(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('afterId', () => ID) afterId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EvaluationSheet | null> {
    const id = await this.service.nextPendingId(ctx.scope, toId(campaignId), toId(afterId));
    return id ? this.service.sheet(ctx.scope, id) : null;
  }

  @Authorized(Role.INSTITUTION)
  @Query(() => [EvaluationSheet], { description: '本机构已发布的年度评价结果' })
  myEvaluationSheets(@Ctx() ctx: RequestContext): Promise<EvaluationSheet[]> {
    return this.service.mySheets(ctx.scope);
  }

  @Authorized(...OFFICERS, Role.INSTITUTION)
  @Query(() => EvidenceConnection, { description: '计算指标背后的数据行（哪些预约逾期答复、哪些季度未按规定填报）' })
  evaluationIndicatorRows(
    @Args() { sheetId, source, first, after }: IndicatorRowsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<EvidenceConnection> {
    return this.service.indicatorRows(ctx.scope, toId(sheetId), source, first, after);
  }

  @Authorized(...OFFICERS)
  @Query(() => EvaluationDistribution, { description: '等级分布：总体、按地市、按服务类别（管辖范围内）' })
  evaluationDistribution(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: RequestContext): Promise<EvaluationDistribution> {
    return this.service.distribution(ctx.scope, toId(campaignId));
  }

  @Authorized(...OFFICERS)
  @Mutation(() => EvaluationSheet, { description: '保存评分（省级评分；市级为预评分，供省级参考）；版本不符时返回冲突' })
  scoreEvaluationSheet(@Arg('input') input: ScoreEvaluationSheetInput, @Ctx() ctx: RequestContext): Promise<EvaluationSheet> {
    return this.service.score(ctx.scope, input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => EvaluationSheet, { description: '记录实地核查（未通过则等级为不合格）' })
  recordOnSiteVerification(@Arg('input') input: OnSiteVerificationInput, @Ctx() ctx: RequestContext): Promise<EvaluationSheet> {
    return this.service.recordOnSite(ctx.scope, input, ctx);
  }

  @FieldResolver(() => [EvaluationIndicatorResult], { description: '各项指标' })
  indicators(@Root() s: EvaluationSheet): EvaluationIndicatorResult[] {
    return s.campaign?.rubric ? sheetIndicators(s.campaign.rubric, s, (s as SheetWithFigures).figures) : [];
  }

  @FieldResolver(() => Int, { description: '评价年度' })
  year(@Root() s: EvaluationSheet): number {
    return s.campaign?.year ?? 0;
  }

  @FieldResolver(() => Boolean, { description: '机构已移出服务资源库（评分表保留）' })
  removed(@Root() s: EvaluationSheet): boolean {
    return s.institution?.registryStatus === RegistryStatus.REMOVED;
  }

  @FieldResolver(() => String, { description: '所在地市' })
  cityName(@Root() s: EvaluationSheet): string {
    return this.divisions.cityOf(s.divisionCode)?.name ?? '';
  }

  @FieldResolver(() => String, { description: '所在县（市、区）' })
  countyName(@Root() s: EvaluationSheet): string {
    return this.divisions.get(s.divisionCode)?.name ?? '';
  }
}
