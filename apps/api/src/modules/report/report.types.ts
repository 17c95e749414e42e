import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ReportPeriodStatus, ServiceReport } from './report.entity';

@ObjectType({ description: '本期预约数据（由预约记录统计，只读）', simpleResolvers: true })
export class ReportBookingFigures {
  @Field(() => Int, { description: '收到预约' }) received: number;
  @Field(() => Int, { description: '按时答复（截止日当天及以前答复）' }) answeredInTime: number;
  @Field(() => Int, { description: '完成服务' }) completed: number;
  @Field({ description: '是否为提交时固定的数据' }) frozen: boolean;
}

@ObjectType({ description: '一个填报周期（第十条）', simpleResolvers: true })
export class ServiceReportPeriod {
  @Field({ description: '截止日' }) deadline: string;
  @Field({ description: '周期起始日' }) periodStart: string;
  @Field(() => ReportPeriodStatus) status: ReportPeriodStatus;
  @Field({ description: '是否为当前周期' }) current: boolean;
  @Field(() => Int, { description: '距截止日天数（截止日当天为0；已过为负数）' }) daysLeft: number;
  @Field({ description: '今天能否保存或提交该周期报告' }) writable: boolean;
  @Field(() => String, { nullable: true, description: '不能填报的原因' }) refusal: string | null;
  @Field(() => ServiceReport, { nullable: true }) report: ServiceReport | null;
  @Field(() => ReportBookingFigures) bookingFigures: ReportBookingFigures;
}

@ObjectType({ description: '填报监测中的一个周期', simpleResolvers: true })
export class ReportPeriodCell {
  @Field() deadline: string;
  @Field(() => ReportPeriodStatus, { nullable: true, description: '为空：入库晚于该截止日，无需填报' }) status: ReportPeriodStatus | null;
  @Field(() => String, { nullable: true }) submittedOn: string | null;
}

@ObjectType({ description: '填报监测：一家机构最近各周期的填报情况', simpleResolvers: true })
export class ReportingComplianceRow {
  /** The institution id, for keyset pagination. */
  id: number;
  @Field(() => ID) institutionId: number;
  @Field() institutionName: string;
  @Field() uscc: string;
  @Field() divisionCode: string;
  @Field(() => String, { nullable: true }) admittedOn: string | null;
  @Field(() => Int, { description: '截至今天连续未按规定填报的周期数（第十条）' }) consecutiveMisses: number;
  @Field(() => [ReportPeriodCell], { description: '最近4个已截止周期（由早到晚）' }) periods: ReportPeriodCell[];
  @Field(() => ReportPeriodCell, { description: '当前周期' }) current: ReportPeriodCell;
}

@ObjectType({ description: '填报监测汇总（省：按市；市：按县）', simpleResolvers: true })
export class ComplianceSummaryRow {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int, { description: '在库机构' }) admitted: number;
  @Field(() => Int, { description: '最近截止日应报机构' }) due: number;
  @Field(() => Int, { description: '按时填报' }) onTime: number;
  @Field(() => Int, { description: '逾期补报' }) late: number;
  @Field(() => Int, { description: '未填报' }) missed: number;
  @Field(() => Float, { nullable: true, description: '按时率 0–1' }) onTimeRate: number | null;
  @Field(() => Int, { description: '本期已提交' }) currentSubmitted: number;
  @Field(() => Int, { description: '最近截止日的通报数' }) notices: number;
  @Field(() => Int, { description: '待决定的移出案件' }) pendingCases: number;
}

@ObjectType({ description: '填报监测汇总', simpleResolvers: true })
export class ComplianceSummary {
  @Field({ description: '最近一个已截止的截止日' }) latestDeadline: string;
  @Field({ description: '当前周期截止日' }) currentDeadline: string;
  @Field({ description: '汇总口径：CITY 按市，COUNTY 按县' }) groupedBy: string;
  @Field(() => [ComplianceSummaryRow]) rows: ComplianceSummaryRow[];
  @Field(() => ComplianceSummaryRow, { description: '合计' }) total: ComplianceSummaryRow;
}

@ObjectType({ description: '通报名单中的一家机构', simpleResolvers: true })
export class ComplianceNoticeRow {
  @Field(() => ID) id: number;
  @Field(() => ID) institutionId: number;
  @Field() institutionName: string;
  @Field() uscc: string;
  @Field() divisionCode: string;
  @Field({ description: '通报所属截止日' }) deadline: string;
  @Field({ description: '本轮连续未填报的第一个截止日' }) runStartDeadline: string;
  @Field(() => Int) missedCount: number;
  @Field() issuedOn: string;
}

@ObjectType({ description: '某截止日的通报数', simpleResolvers: true })
export class ComplianceNoticeDeadline {
  @Field() deadline: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '动态管理任务执行结果', simpleResolvers: true })
export class ComplianceRunResult {
  @Field({ description: '执行日期（北京时间）' }) date: string;
  @Field(() => Int, { description: '新发通报' }) noticesIssued: number;
  @Field(() => Int, { description: '新发起的移出案件（连续3个周期未按规定填报）' }) casesOpened: number;
  @Field(() => Int, { description: '到生效日执行的移出' }) removalsApplied: number;
}

@ObjectType({ description: '菜单待办数', simpleResolvers: true })
export class WorkQueueCounts {
  @Field(() => Int, { description: '待核实的重大变化报告（市级）' }) changeReportsToVerify: number;
  @Field(() => Int, { description: '待决定的移出案件（省级）' }) removalCasesPending: number;
  @Field({ description: '本机构当前周期尚未提交季度报告' }) currentReportDue: boolean;
  @Field(() => Int, { description: '待处理的忘记密码申请（本辖区）' }) passwordResetsPending: number;
  @Field(() => Int, { description: '待处理的公示异议（省级）' }) objectionsPending: number;
  @Field(() => Int, { description: '已逾期仍未答复的预约（本辖区）' }) overdueBookingsOpen: number;
}
