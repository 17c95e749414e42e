import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { ActivityType } from './activity.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID_PATTERN = /^\d{1,10}$/;

@InputType({ description: '登记公益服务活动（省级或市级主管部门）' })
export class SaveActivityInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_PATTERN, { message: '活动编号无效' }) id?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: '应为整数' }) expectedVersion?: number | null;
  @Field(() => ActivityType) @IsIn(Object.values(ActivityType), { message: '活动类型无效' }) type: ActivityType;
  @Field() @Length(2, 200, { message: '活动名称应为2–200字' }) title: string;
  @Field() @Matches(ISO_DATE, { message: '活动日期格式应为 YYYY-MM-DD' }) activityDate: string;
  @Field() @Length(2, 200, { message: '地点应为2–200字' }) place: string;
  @Field(() => Int)
  @IsInt({ message: '服务企业数应为整数' })
  @Min(0, { message: '服务企业数不能为负数' })
  @Max(1000000, { message: '服务企业数过大' })
  enterprisesReached: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000, { message: '活动简介最多2000字' }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: '参与机构（主办方登记即为已确认）' })
  @IsOptional()
  @ArrayMaxSize(200, { message: '一次最多登记200家参与机构' })
  @Matches(ID_PATTERN, { each: true, message: '机构编号无效' })
  institutionIds?: string[] | null;
}

@InputType({ description: '服务机构报告参与活动' })
export class ReportParticipationInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '活动编号无效' }) activityId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: '说明最多1000字' }) note?: string | null;
}

@InputType({ description: '主办方确认参与情况' })
export class ConfirmParticipationInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '参与记录编号无效' }) participationId: string;
  @Field(() => Int) @IsInt({ message: '应为整数' }) expectedVersion: number;
  @Field({ description: '确认（否为不予确认）' }) @IsBoolean({ message: '应为是或否' }) confirm: boolean;
}

@InputType({ description: '公益活动筛选' })
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: '参与机构（只列已确认的参与）' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: '机构编号无效' })
  institutionId?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '应为整数' })
  @Min(2000, { message: '不能小于2000' })
  @Max(2100, { message: '不能大于2100' })
  year?: number | null;
  @Field(() => Boolean, { nullable: true, description: '只列有待确认参与的活动' })
  @IsOptional()
  @IsBoolean({ message: '应为是或否' })
  toConfirm?: boolean | null;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityFilter, { nullable: true }) @IsOptional() filter?: ActivityFilter | null;
}
