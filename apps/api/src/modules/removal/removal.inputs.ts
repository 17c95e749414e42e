import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { RemovalCaseStatus, RemovalReason } from './removal-case.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '省级发起移出案件（第十一、十二条）' })
export class OpenRemovalCaseInput {
  @Field(() => ID) @Matches(/^\d{1,10}$/, { message: '服务机构编号无效' }) institutionId: string;

  @Field(() => RemovalReason)
  @IsIn(Object.values(RemovalReason), { message: '移出原因无效' })
  reason: RemovalReason;

  @Field({ description: '事实与依据' })
  @Length(10, 2000, { message: '请填写事实与依据（10–2000字）' })
  description: string;

  @Field(() => [ID], { nullable: true, description: '已上传的证明材料（POST /api/evidence）' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '证明材料最多20个' })
  @Matches(/^\d{1,10}$/, { each: true, message: '证明材料编号无效' })
  evidenceIds?: string[];
}

@InputType({ description: '作出移出决定' })
export class DecideRemovalCaseInput {
  @Field(() => ID) @Matches(/^\d{1,10}$/, { message: '案件编号无效' }) caseId: string;

  @Field(() => Int, { nullable: true, description: '打开案件时的版本号（防并发）' })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: '会议日期（须经会议研究的原因必填）' })
  @IsOptional()
  @Matches(ISO_DATE, { message: '会议日期格式应为 YYYY-MM-DD' })
  meetingDate?: string | null;

  @Field(() => String, { nullable: true, description: '会议纪要文号' })
  @IsOptional()
  @MaxLength(100, { message: '会议纪要文号最多100字' })
  meetingMinuteRef?: string | null;

  @Field(() => String, { nullable: true, description: '决定意见' })
  @IsOptional()
  @MaxLength(1000, { message: '决定意见最多1000字' })
  decisionNote?: string | null;

  @Field({ description: '移出生效日期（今天或以后）' })
  @Matches(ISO_DATE, { message: '生效日期格式应为 YYYY-MM-DD' })
  effectiveDate: string;
}

@InputType({ description: '撤销移出案件（作出决定前）' })
export class WithdrawRemovalCaseInput {
  @Field(() => ID) @Matches(/^\d{1,10}$/, { message: '案件编号无效' }) caseId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  expectedVersion?: number | null;

  @Field({ description: '撤销理由' })
  @Length(2, 1000, { message: '请填写撤销理由（2–1000字）' })
  reason: string;
}

@InputType({ description: '移出案件筛选' })
export class RemovalCaseFilter {
  @Field(() => [RemovalCaseStatus], { nullable: true, description: '状态（多选）' })
  @IsOptional()
  @IsIn(Object.values(RemovalCaseStatus), { each: true, message: '案件状态无效' })
  statuses?: RemovalCaseStatus[];

  @Field(() => RemovalReason, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RemovalReason), { message: '移出原因无效' })
  reason?: RemovalReason;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: '服务机构编号无效' })
  institutionId?: string;

  @Field(() => String, { nullable: true, description: '机构名称或统一社会信用代码' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50字' })
  text?: string;
}

@ArgsType()
export class RemovalCasesArgs extends PageArgs {
  @Field(() => RemovalCaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RemovalCaseFilter;
}

@InputType({ description: '禁入名单筛选' })
export class ReentryBanFilter {
  @Field(() => Boolean, { nullable: true, description: '仅限制期内（true）或已届满（false）' })
  @IsOptional()
  @IsBoolean({ message: '应为是或否' })
  active?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多50字' })
  text?: string;
}

@ArgsType()
export class ReentryBansArgs extends PageArgs {
  @Field(() => ReentryBanFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReentryBanFilter;
}
