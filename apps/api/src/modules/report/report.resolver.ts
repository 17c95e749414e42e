import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { toId } from '../../common/ids';
import { ConnectionType } from '../../common/pagination';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { JobService } from '../job/job.service';
import { ComplianceService, EscalationResult } from './compliance.service';
import { COMPLIANCE_ESCALATION_JOB, REMOVAL_EFFECTIVE_JOB } from './report.job';
import { ServiceReport } from './report.entity';
import { ComplianceNoticesArgs, InstitutionIdArgs, ReportingComplianceArgs, ServiceReportInput } from './report.inputs';
import { ReportService } from './report.service';
import { WorkQueueService } from './work-queue.service';
import {
  ComplianceNoticeDeadline,
  ComplianceNoticeRow,
  ComplianceRunResult,
  ComplianceSummary,
  ReportingComplianceRow,
  ServiceReportPeriod,
  WorkQueueCounts,
} from './report.types';

const ReportingComplianceConnection = ConnectionType(ReportingComplianceRow, 'ReportingCompliance');
type ReportingComplianceConnection = InstanceType<typeof ReportingComplianceConnection>;
const ComplianceNoticeConnection = ConnectionType(ComplianceNoticeRow, 'ComplianceNotice');
type ComplianceNoticeConnection = InstanceType<typeof ComplianceNoticeConnection>;

/** Bureaus and analysts read compliance in their jurisdiction; the institution reads its own periods. */
const MONITORS = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST];

@Resolver()
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly compliance: ComplianceService,
    private readonly jobs: JobService,
    private readonly workQueues: WorkQueueService,
  ) {}

  @Authorized(...MONITORS, Role.INSTITUTION)
  @Query(() => [ServiceReportPeriod], { description: '机构各填报周期（第十条，最新在前）；机构账户可省略机构编号；机关只见已提交的报告' })
  serviceReportPeriods(@Args() { institutionId }: InstitutionIdArgs, @Ctx() ctx: RequestContext): Promise<ServiceReportPeriod[]> {
    const id = institutionId ? toId(institutionId) : ctx.user!.institutionId;
    if (!id) throw forbidden('请指定服务机构');
    return this.reports.periods(ctx.scope, id);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceReport, { description: '保存季度服务情况报告草稿（已提交的报告在截止日前可修改）' })
  saveServiceReport(@Arg('input') input: ServiceReportInput, @Ctx() ctx: RequestContext): Promise<ServiceReport> {
    return this.reports.save(ctx, input);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceReport, { description: '提交季度服务情况报告：截止日当天及以前为按时，之后为逾期补报（仍计为未按规定填报）' })
  submitServiceReport(@Arg('input') input: ServiceReportInput, @Ctx() ctx: RequestContext): Promise<ServiceReport> {
    return this.reports.submit(ctx, input);
  }

  @Authorized(...MONITORS)
  @Query(() => ReportingComplianceConnection, {
    description: '填报监测：管辖范围内在库机构最近4个周期与当前周期的填报情况，按机构编号排序',
  })
  reportingCompliance(
    @Args() { filter, first, after }: ReportingComplianceArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportingComplianceConnection> {
    return this.compliance.monitor(ctx.scope, filter ?? {}, first, after);
  }

  @Authorized(...MONITORS)
  @Query(() => ComplianceSummary, { description: '填报监测汇总：省级按市，市级按县' })
  reportingComplianceSummary(@Ctx() ctx: RequestContext): Promise<ComplianceSummary> {
    return this.compliance.summary(ctx.scope);
  }

  @Authorized(...MONITORS)
  @Query(() => ComplianceNoticeConnection, { description: '某截止日的通报名单（管辖范围内）' })
  complianceNotices(
    @Args() { deadline, divisionCode, first, after }: ComplianceNoticesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceNoticeConnection> {
    return this.compliance.noticesFor(ctx.scope, deadline, first, after, divisionCode);
  }

  @Authorized(...MONITORS)
  @Query(() => [ComplianceNoticeDeadline], { description: '有通报的截止日及通报数（最新在前）' })
  complianceNoticeDeadlines(@Ctx() ctx: RequestContext): Promise<ComplianceNoticeDeadline[]> {
    return this.compliance.noticeDeadlines(ctx.scope);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => ComplianceRunResult, { description: '立即执行动态管理任务（通报、移出案件、到期移出）；定时任务同此，可重复执行' })
  async runComplianceJob(@Ctx() ctx: RequestContext): Promise<ComplianceRunResult> {
    // Both jobs through the scheduler, both leases taken before either runs: if one is held elsewhere (a scheduled run,
    // another replica) neither runs and the answer is JOB_RUNNING — never "the first ran, then an error". Each run is recorded.
    const [escalation, removals] = await this.jobs.runAllNow([COMPLIANCE_ESCALATION_JOB, REMOVAL_EFFECTIVE_JOB], ctx);
    return { ...(escalation.detail as EscalationResult), removalsApplied: removals.run.rowsTouched ?? 0 };
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY, Role.INSTITUTION)
  @Query(() => WorkQueueCounts, {
    description: '菜单与工作台待办数（待核实变化报告、待决定移出案件、本期报告、忘记密码申请、公示异议、逾期未答复预约）',
  })
  workQueueCounts(@Ctx() ctx: RequestContext): Promise<WorkQueueCounts> {
    return this.workQueues.counts(ctx.user!, ctx.scope);
  }
}

@Resolver(() => ReportingComplianceRow)
export class ReportingComplianceRowResolver {
  constructor(private readonly divisions: DivisionService) {}

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() row: ReportingComplianceRow): Division | null {
    return this.divisions.get(row.divisionCode) ?? null;
  }
}

@Resolver(() => ComplianceNoticeRow)
export class ComplianceNoticeRowResolver {
  constructor(private readonly divisions: DivisionService) {}

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() row: ComplianceNoticeRow): Division | null {
    return this.divisions.get(row.divisionCode) ?? null;
  }
}
