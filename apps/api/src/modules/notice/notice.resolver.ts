import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { isNoticeRunning } from '@hebei/domain';
import { Clock } from '../../common/clock';
import { RequestContext } from '../../common/context';
import { Role, ServiceNature } from '../../common/enums';
import { ServiceCategory } from '../catalog/service-category.entity';
import { DivisionService } from '../division/division.service';
import { ApplicationStatus } from '../application/application.entity';
import { Objection, ObjectionStatus, PublicNotice } from './notice.entity';
import { ObjectionInput, ResolveObjectionInput } from './notice.inputs';
import { NoticeService } from './notice.service';
import { toId } from '../../common/ids';
import { JobService } from '../job/job.service';

@ObjectType({ description: '公示名单中的一家机构（公开信息）' })
class PublicNoticeEntry {
  @Field(() => ID) applicationId: number;
  @Field() name: string;
  @Field({ description: '所在地区' }) place: string;
  @Field(() => ServiceNature, { nullable: true }) nature: ServiceNature | null;
  @Field(() => [String], { description: '主要服务方向（中文）' }) categories: string[];
  @Field({ description: '是否仍在公示中（false 表示已入库）' }) inNotice: boolean;
}

@Resolver(() => PublicNotice)
export class NoticeResolver {
  constructor(
    private readonly divisions: DivisionService,
    private readonly categories: () => Promise<ServiceCategory[]>,
    private readonly service: NoticeService,
    private readonly clock: Clock,
    private readonly jobs: JobService,
  ) {}

  @Query(() => [PublicNotice], { description: '正在公示的名单（公开，无需登录）' })
  publicNotices(): Promise<PublicNotice[]> {
    return this.service.activeNotices();
  }

  @Authorized(Role.PROVINCE)
  @Query(() => [PublicNotice], { description: '全部公示（省级）' })
  notices(): Promise<PublicNotice[]> {
    return this.service.allNotices();
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => PublicNotice, { description: '发布公示：该批次全部省级审核通过的申请进入5个工作日公示' })
  publishNotice(@Arg('batchId', () => ID) batchId: string, @Ctx() ctx: RequestContext): Promise<PublicNotice> {
    return this.service.publish(toId(batchId), ctx);
  }

  @Mutation(() => Objection, { description: '对公示对象提出异议（公开，无需登录；按IP限频）' })
  fileObjection(@Arg('input') input: ObjectionInput, @Ctx() ctx: RequestContext): Promise<Objection> {
    return this.service.fileObjection(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Query(() => [Objection], { description: '公示异议（省级）' })
  objections(
    @Arg('status', () => ObjectionStatus, { nullable: true }) status?: ObjectionStatus,
    @Arg('applicationId', () => ID, { nullable: true }) applicationId?: string,
  ): Promise<Objection[]> {
    return this.service.objections({ status: status ?? undefined, applicationId: applicationId ? toId(applicationId) : undefined });
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Objection, { description: '处理异议：成立则该申请不予入库' })
  resolveObjection(@Arg('input') input: ResolveObjectionInput, @Ctx() ctx: RequestContext): Promise<Objection> {
    return this.service.resolveObjection(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Int, { description: '立即执行入库任务（公示期满无异议的申请入库；可重复执行）；经定时任务调度，记入执行记录' })
  runAdmissionJob(@Ctx() ctx: RequestContext): Promise<number> {
    return this.jobs.runNowCount('admission', ctx);
  }

  @FieldResolver(() => String, { description: '批次名称' })
  async batchName(@Root() notice: PublicNotice, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.batchById.load(notice.batchId))?.name ?? '';
  }

  @FieldResolver(() => Boolean, { description: '公示期是否仍在进行' })
  active(@Root() notice: PublicNotice): boolean {
    return isNoticeRunning(notice.endsOn, this.clock.today());
  }

  @FieldResolver(() => [PublicNoticeEntry], { description: '公示名单' })
  async entries(@Root() notice: PublicNotice, @Ctx() ctx: RequestContext): Promise<PublicNoticeEntry[]> {
    const [apps, cats] = await Promise.all([ctx.loaders.noticeEntries.load(notice.id), this.categories()]);
    return apps.map((a) => {
      const d = this.divisions.get(a.divisionCode);
      const city = this.divisions.cityOf(a.divisionCode);
      return {
        applicationId: a.id,
        name: a.name,
        place: [city && city.code !== d?.code && city.level !== 'PROVINCE' ? city.name : '', d?.name ?? ''].join(''),
        nature: a.nature,
        categories: a.mainCategories.map((c) => cats.find((x) => x.code === c)?.name ?? c),
        inNotice: a.status === ApplicationStatus.IN_PUBLIC_NOTICE,
      };
    });
  }
}
