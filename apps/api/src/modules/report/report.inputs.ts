import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { ReportPeriodStatus } from './report.entity';
import { MatchesFormat } from '../../common/validators';
import { DIVISION_CODE_FORMAT } from '@hebei/domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '季度服务情况报告（第十条）；预约数据由系统按本期预约自动统计' })
export class ServiceReportInput {
  @Field({ description: '填报截止日 YYYY-MM-DD（3月15日、6月15日、9月15日、12月15日）' })
  @Matches(ISO_DATE, { message: '截止日格式应为 YYYY-MM-DD' })
  deadline: string;

  @Field(() => Int, { nullable: true, description: '修改已有报告时回传其版本号（防并发覆盖）' })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  expectedVersion?: number | null;

  @Field(() => Int, { nullable: true, description: '提供服务次数' })
  @IsOptional()
  @IsInt({ message: '服务次数应为整数' })
  @Min(0, { message: '服务次数不能为负数' })
  @Max(1_000_000, { message: '服务次数过大' })
  servicesDelivered?: number | null;

  @Field(() => Int, { nullable: true, description: '服务企业数' })
  @IsOptional()
  @IsInt({ message: '服务企业数应为整数' })
  @Min(0, { message: '服务企业数不能为负数' })
  @Max(1_000_000, { message: '服务企业数过大' })
  enterprisesServed?: number | null;

  @Field(() => Int, { nullable: true, description: '其中点对点服务企业数' })
  @IsOptional()
  @IsInt({ message: '点对点服务企业数应为整数' })
  @Min(0, { message: '点对点服务企业数不能为负数' })
  @Max(1_000_000, { message: '点对点服务企业数过大' })
  pointToPointServed?: number | null;

  @Field(() => Int, { nullable: true, description: '公益性服务次数' })
  @IsOptional()
  @IsInt({ message: '公益性服务次数应为整数' })
  @Min(0, { message: '公益性服务次数不能为负数' })
  @Max(1_000_000, { message: '公益性服务次数过大' })
  publicWelfareCount?: number | null;

  @Field(() => String, { nullable: true, description: '公益性服务情况' })
  @IsOptional()
  @MaxLength(1000, { message: '公益性服务情况最多1000字' })
  publicWelfareDescription?: string | null;

  @Field(() => String, { nullable: true, description: '举办或参加的活动' })
  @IsOptional()
  @MaxLength(2000, { message: '活动情况最多2000字' })
  activities?: string | null;

  @Field(() => Float, { nullable: true, description: '服务收入（万元）' })
  @IsOptional()
  @Min(0, { message: '服务收入不能为负数' })
  @Max(100_000_000, { message: '服务收入过大' })
  serviceRevenue?: number | null;

  @Field(() => String, { nullable: true, description: '本期服务情况综述' })
  @IsOptional()
  @MaxLength(5000, { message: '综述最多5000字' })
  narrative?: string | null;
}

@InputType({ description: '填报监测筛选' })
export class ReportingComplianceFilter {
  @Field(() => String, { nullable: true, description: '市或县区划代码（在管辖范围内再缩小）' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;

  @Field(() => String, { nullable: true, description: '机构名称或统一社会信用代码' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50字' })
  text?: string;

  @Field(() => Int, { nullable: true, description: '至少连续未按规定填报的周期数（1–8）' })
  @IsOptional()
  @IsInt({ message: '连续未报周期数应为整数' })
  @Min(1, { message: '连续未填报周期数应为1–8' })
  @Max(8, { message: '连续未填报周期数应为1–8' })
  minConsecutiveMisses?: number;

  @Field(() => ReportPeriodStatus, { nullable: true, description: '最近一个已截止周期的状态' })
  @IsOptional()
  @IsIn([ReportPeriodStatus.ON_TIME, ReportPeriodStatus.LATE, ReportPeriodStatus.MISSED], { message: '周期状态无效' })
  latestStatus?: ReportPeriodStatus;

  @Field(() => Boolean, { nullable: true, description: '本期是否已提交' })
  @IsOptional()
  @IsBoolean({ message: '应为是或否' })
  currentSubmitted?: boolean;
}

@ArgsType()
export class ReportingComplianceArgs extends PageArgs {
  @Field(() => ReportingComplianceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReportingComplianceFilter;
}

@ArgsType()
export class ComplianceNoticesArgs extends PageArgs {
  @Field({ description: '通报所属截止日 YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: '截止日格式应为 YYYY-MM-DD' })
  deadline: string;

  @Field(() => String, { nullable: true, description: '市或县区划代码' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;
}

@ArgsType()
export class InstitutionIdArgs {
  @Field(() => ID, { nullable: true, description: '服务机构；机构账户可省略（本机构）' })
  @IsOptional()
  institutionId?: string | null;
}
