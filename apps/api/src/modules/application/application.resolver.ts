import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canEditApplication, canWithdrawApplication, pendingReviewLevel } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { Batch } from '../batch/batch.entity';
import { ServiceCategory } from '../catalog/service-category.entity';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { reviewLevelOf } from '../review/review.service';
import {
  Application,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationStaff,
  ApplicationStatus,
  SpotCheck,
} from './application.entity';
import { ApplicationFilter, ApplicationInput, ApplicationsArgs } from './application.inputs';
import { ApplicationReads, ApplicationService } from './application.service';
import { ApplicationActionCode, ApplicationChangesSinceReturn, EligibilityCriterion, QueueCount } from './application.types';
import { toId } from '../../common/ids';

const ApplicationConnection = ConnectionType(Application, 'Application');
type ApplicationConnection = InstanceType<typeof ApplicationConnection>;
const OFFICER_OR_OWNER = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSTITUTION, Role.ANALYST];
const REVIEWERS = [Role.PROVINCE, Role.CITY, Role.COUNTY];

/** The request's loaders as the service's reads: E1–E10 and the diff share the statements of the fields beside them. */
const reads = ({ loaders }: RequestContext): ApplicationReads => ({
  batch: (id) => loaders.batchById.load(id),
  institution: (id) => loaders.institutionById.load(id),
  attachments: (id) => loaders.applicationAttachments.load(id),
  products: (id) => loaders.applicationProducts.load(id),
  staff: (id) => loaders.applicationStaff.load(id),
  servedEnterprises: (id) => loaders.applicationServedEnterprises.load(id),
});

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly service: ApplicationService,
    private readonly divisions: DivisionService,
    private readonly categories: () => Promise<ServiceCategory[]>,
  ) {}

  @Authorized(...OFFICER_OR_OWNER)
  @Query(() => ApplicationConnection, { description: '入库申请（按管辖范围；机构只见本单位）' })
  applications(@Args() { first, after, filter, sort }: ApplicationsArgs, @Ctx() ctx: RequestContext): Promise<ApplicationConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after, sort);
  }

  @Authorized(...OFFICER_OR_OWNER)
  @Query(() => [QueueCount], { description: '各审核页签的数量（与列表同一筛选）' })
  applicationQueueCounts(
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<QueueCount[]> {
    return this.service.queueCounts(ctx.scope, filter ?? {});
  }

  @Authorized(...OFFICER_OR_OWNER)
  @Query(() => Application, { description: '申请详情；管辖范围外与不存在同样答复' })
  async application(@Arg('id', () => ID) appId: string, @Ctx() ctx: RequestContext): Promise<Application> {
    const { app, batch, institution } = await this.service.getWithParents(ctx.scope, toId(appId));
    if (batch) ctx.loaders.batchById.prime(batch.id, batch);
    if (institution) ctx.loaders.institutionById.prime(institution.id, institution);
    return app;
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Application, { description: '在开放的批次中新建申请（每批次一份）' })
  createApplication(@Arg('batchId', () => ID) batchId: string, @Ctx() ctx: RequestContext): Promise<Application> {
    return this.service.create(toId(batchId), ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Application, { description: '保存草稿（提交前或被退回后）' })
  saveApplication(
    @Arg('id', () => ID) appId: string,
    @Arg('input') input: ApplicationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return this.service.save(ctx.scope, toId(appId), input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Boolean, { description: '删除草稿（仅未提交）' })
  deleteApplication(@Arg('id', () => ID) appId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.remove(ctx.scope, toId(appId), ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Application, { description: '提交或重新提交；不符合入库条件时逐项返回原因' })
  submitApplication(@Arg('id', () => ID) appId: string, @Ctx() ctx: RequestContext): Promise<Application> {
    return this.service.submit(ctx.scope, toId(appId), ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Application, { description: '撤回已提交的申请（县级审核前）；撤回后回到草稿，可修改后重新提交' })
  withdrawApplication(
    @Arg('id', () => ID) appId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return this.service.withdraw(ctx.scope, toId(appId), expectedVersion, ctx);
  }

  @FieldResolver(() => Batch)
  async batch(@Root() app: Application, @Ctx() ctx: RequestContext): Promise<Batch> {
    return (await ctx.loaders.batchById.load(app.batchId))!;
  }

  @FieldResolver(() => Division)
  division(@Root() app: Application): Division {
    return this.divisions.get(app.divisionCode)!;
  }

  @FieldResolver(() => Division, { nullable: true, description: '所属市级单位' })
  city(@Root() app: Application): Division | null {
    return this.divisions.cityOf(app.divisionCode) ?? null;
  }

  @FieldResolver(() => [ServiceCategory], { description: '主要服务方向' })
  async mainCategoryDetails(@Root() app: Application): Promise<ServiceCategory[]> {
    const all = await this.categories();
    return app.mainCategories.map((c) => all.find((x) => x.code === c)).filter((c): c is ServiceCategory => !!c);
  }

  @FieldResolver(() => [EligibilityCriterion], { description: '入库条件 E1–E10 逐项判定（每次保存后重新计算）' })
  eligibility(@Root() app: Application, @Ctx() ctx: RequestContext): Promise<EligibilityCriterion[]> {
    return this.service.eligibility(app, undefined, reads(ctx)) as Promise<EligibilityCriterion[]>;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '申请单位再次入库限制期的最后一天（第十二条；无则为空），供填报页实时判定 E9',
  })
  async reentryBanUntil(@Root() app: Application, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.institutionById.load(app.institutionId))?.reentryBanUntil ?? null;
  }

  @FieldResolver(() => [ApplicationProduct]) products(@Root() app: Application, @Ctx() ctx: RequestContext) {
    return ctx.loaders.applicationProducts.load(app.id);
  }
  @FieldResolver(() => [ApplicationStaff]) staff(@Root() app: Application, @Ctx() ctx: RequestContext) {
    return ctx.loaders.applicationStaff.load(app.id);
  }
  @FieldResolver(() => [ApplicationServedEnterprise]) servedEnterprises(@Root() app: Application, @Ctx() ctx: RequestContext) {
    return ctx.loaders.applicationServedEnterprises.load(app.id);
  }
  @FieldResolver(() => [ApplicationAttachment], { description: '已上传附件（每类材料一份）' }) attachments(
    @Root() app: Application,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.applicationAttachments.load(app.id);
  }
  @FieldResolver(() => [ApplicationEvent], { description: '时间线（最早在前）' }) timeline(
    @Root() app: Application,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.applicationEvents.load(app.id);
  }
  @FieldResolver(() => [SpotCheck], { description: '实地抽查记录' }) spotChecks(@Root() app: Application, @Ctx() ctx: RequestContext) {
    return ctx.loaders.spotChecks.load(app.id);
  }

  @FieldResolver(() => ApplicationChangesSinceReturn, {
    nullable: true,
    description: '自退回以来的修改（仅审核部门可见；未曾退回、或仍在申请单位修改中时为空）',
  })
  changesSinceReturn(@Root() app: Application, @Ctx() ctx: RequestContext): Promise<ApplicationChangesSinceReturn | null> | null {
    if (!ctx.user || !REVIEWERS.includes(ctx.user.role)) return null;
    return this.service.changesSinceReturn(app, reads(ctx)) as Promise<ApplicationChangesSinceReturn | null>;
  }

  @FieldResolver(() => String, { nullable: true, description: '下一步待哪级审核：COUNTY / CITY / PROVINCE' })
  pendingLevel(@Root() app: Application): string | null {
    return pendingReviewLevel(app.status, app.skipsCounty);
  }

  @FieldResolver(() => [ApplicationActionCode], { description: '当前用户在此状态下可执行的操作' })
  allowedActions(@Root() app: Application, @Ctx() ctx: RequestContext): ApplicationActionCode[] {
    const role = ctx.user?.role;
    if (role === Role.INSTITUTION && ctx.user?.institutionId === app.institutionId) {
      if (canWithdrawApplication(app.status)) return [ApplicationActionCode.WITHDRAW];
      if (!canEditApplication(app.status)) return [];
      return app.status === ApplicationStatus.DRAFT
        ? [ApplicationActionCode.EDIT, ApplicationActionCode.DELETE, ApplicationActionCode.SUBMIT]
        : [ApplicationActionCode.EDIT, ApplicationActionCode.SUBMIT];
    }
    const level = reviewLevelOf(role);
    if (level && pendingReviewLevel(app.status, app.skipsCounty) === level) {
      const actions = [ApplicationActionCode.APPROVE, ApplicationActionCode.RETURN, ApplicationActionCode.REJECT];
      return level === 'PROVINCE' ? [...actions, ApplicationActionCode.SPOT_CHECK] : actions;
    }
    return [];
  }
}
