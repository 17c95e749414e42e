import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { respondedInTime } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { PublicInstitution } from '../browse/browse.types';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ServiceBooking } from './booking.entity';
import {
  BookingNoteInput,
  BookingsArgs,
  BookingStatisticsArgs,
  BookServiceInput,
  DeclineBookingInput,
  OverdueBookingsArgs,
  RateBookingInput,
} from './booking.inputs';
import { BookingService } from './booking.service';
import { InstitutionBookingStats } from './booking.types';
import { toId } from '../../common/ids';
import { JobService } from '../job/job.service';
import { OVERDUE_BOOKINGS_JOB } from './booking.job';

const ServiceBookingConnection = ConnectionType(ServiceBooking, 'ServiceBooking');
type ServiceBookingConnection = InstanceType<typeof ServiceBookingConnection>;
const InstitutionBookingStatsConnection = ConnectionType(InstitutionBookingStats, 'InstitutionBookingStats');
type InstitutionBookingStatsConnection = InstanceType<typeof InstitutionBookingStatsConnection>;

@Resolver(() => ServiceBooking)
export class BookingResolver {
  constructor(
    private readonly service: BookingService,
    private readonly jobs: JobService,
  ) {}

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => ServiceBooking, { description: '预约已发布的服务产品；答复截止日为提交日之后第5个工作日' })
  bookService(@Arg('input') input: BookServiceInput, @Ctx() ctx: RequestContext): Promise<ServiceBooking> {
    return this.service.book(ctx.user!, input, ctx);
  }

  @Authorized(Role.ENTERPRISE)
  @Query(() => ServiceBookingConnection, { description: '本企业的预约，缺省最新在前，可按列排序' })
  myBookings(@Args() { first, after, filter, sort }: BookingsArgs, @Ctx() ctx: RequestContext): Promise<ServiceBookingConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after, sort);
  }

  @Authorized(Role.INSTITUTION)
  @Query(() => ServiceBookingConnection, { description: '本机构收到的预约，缺省最新在前，可按列排序' })
  bookingInbox(@Args() { first, after, filter, sort }: BookingsArgs, @Ctx() ctx: RequestContext): Promise<ServiceBookingConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after, sort);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY)
  @Query(() => ServiceBookingConnection, { description: '管辖范围内的逾期预约，最新在前' })
  overdueBookings(@Args() { first, after, filter }: OverdueBookingsArgs, @Ctx() ctx: RequestContext): Promise<ServiceBookingConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(Role.ENTERPRISE, Role.INSTITUTION, Role.PROVINCE, Role.CITY, Role.COUNTY)
  @Query(() => ServiceBooking, { description: '预约详情：本企业、本机构；机关仅可查看管辖范围内的逾期预约' })
  booking(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceBooking> {
    return this.service.get(ctx.scope, toId(id));
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceBooking, { description: '接受预约' })
  acceptBooking(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BookingNoteInput, { nullable: true }) input: BookingNoteInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceBooking> {
    return this.service.accept(ctx.scope, toId(id), input ?? undefined, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceBooking, { description: '拒绝预约（须填写理由）' })
  declineBooking(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: DeclineBookingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceBooking> {
    return this.service.decline(ctx.scope, toId(id), input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceBooking, { description: '标记已接受的预约为服务完成' })
  completeBooking(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BookingNoteInput, { nullable: true }) input: BookingNoteInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceBooking> {
    return this.service.complete(ctx.scope, toId(id), input ?? undefined, ctx);
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => ServiceBooking, { description: '企业在服务机构答复前取消本企业的预约' })
  cancelBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceBooking> {
    return this.service.cancel(ctx.scope, toId(id), ctx);
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => ServiceBooking, { description: '评价已完成的预约（1–5分，每个预约一次）' })
  rateBooking(@Arg('id', () => ID) id: string, @Arg('input') input: RateBookingInput, @Ctx() ctx: RequestContext): Promise<ServiceBooking> {
    return this.service.rate(ctx.scope, toId(id), input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Int, { description: '立即执行逾期标记（经定时任务调度，记入执行记录；可重复执行），返回新标记数' })
  flagOverdueBookings(@Ctx() ctx: RequestContext): Promise<number> {
    return this.jobs.runNowCount(OVERDUE_BOOKINGS_JOB, ctx);
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION)
  @Query(() => InstitutionBookingStatsConnection, { description: '各机构预约统计（管辖范围内；机构只见本机构），按机构编号排序' })
  bookingStatistics(
    @Args() { first, after, filter }: BookingStatisticsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<InstitutionBookingStatsConnection> {
    return this.service.statistics(ctx.scope, filter ?? {}, first, after);
  }

  @FieldResolver(() => Int, { nullable: true, description: '剩余工作日（提交当日为5，截止日当天为0）；非待答复时为空' })
  async remainingWorkingDays(@Root() booking: ServiceBooking, @Ctx() ctx: RequestContext): Promise<number | null> {
    return this.service.remainingWorkingDays(booking, await ctx.loaders.calendar());
  }

  @FieldResolver(() => Boolean, { description: '是否逾期：超过截止日仍未答复，或答复时已超过截止日（按服务器当日计算，无需等待定时任务）' })
  overdue(@Root() booking: ServiceBooking): boolean {
    return this.service.isOverdue(booking);
  }

  @FieldResolver(() => Date, { description: '答复截止时刻（截止日北京时间24时）' })
  responseDeadlineAt(@Root() booking: ServiceBooking): Date {
    return this.service.responseDeadlineAt(booking);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '是否按时答复；尚未答复时为空' })
  respondedInTime(@Root() booking: ServiceBooking): boolean | null {
    return respondedInTime(booking.respondedOn, booking.responseDeadline);
  }

  @FieldResolver(() => PublicInstitution, { nullable: true, description: '服务机构' })
  institution(@Root() booking: ServiceBooking, @Ctx() ctx: RequestContext): Promise<PublicInstitution | null> | PublicInstitution {
    return booking.institution ?? ctx.loaders.institutionById.load(booking.institutionId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: '预约企业' })
  enterprise(@Root() booking: ServiceBooking, @Ctx() ctx: RequestContext): Promise<Enterprise | null> | Enterprise {
    return booking.enterpriseRef ?? ctx.loaders.enterpriseById.load(booking.enterpriseId);
  }
}
