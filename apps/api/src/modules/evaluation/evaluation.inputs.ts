import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { EvaluationSource, IndicatorKind, SheetStatus } from './evaluation.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID_PATTERN = /^\d{1,10}$/;

@InputType({ description: '评价指标' })
export class RubricIndicatorInput {
  @Field() @Length(1, 32, { message: '指标代码应为1–32个字符' }) code: string;
  @Field() @Length(1, 50, { message: '指标名称应为1–50字' }) name: string;
  @Field(() => IndicatorKind) @IsIn(Object.values(IndicatorKind), { message: '指标类型无效' }) kind: IndicatorKind;
  @Field(() => Float)
  @IsNumber({}, { message: '分值应为数字' })
  @Min(0, { message: '分值不能为负数' })
  @Max(100, { message: '分值不能超过100' })
  points: number;
  @Field(() => EvaluationSource, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EvaluationSource), { message: '数据来源无效' })
  source?: EvaluationSource | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: '满分应为数字' })
  @Min(0, { message: '不能小于0' })
  @Max(100, { message: '不能大于100' })
  maxScore?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500, { message: '评分指引最多500字' }) guidance?: string | null;
}

@InputType({ description: '评价等级' })
export class GradeBandInput {
  @Field() @Length(1, 20, { message: '等级名称应为1–20字' }) grade: string;
  @Field(() => Float) @IsNumber({}, { message: '下限应为数字' }) min: number;
}

@InputType({ description: '保存评价指标体系（不带编号时新建草稿版本）' })
export class SaveEvaluationRubricInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_PATTERN, { message: '版本编号无效' }) id?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: '应为整数' }) expectedVersion?: number | null;
  @Field() @Length(1, 100, { message: '名称应为1–100字' }) name: string;
  @Field(() => [RubricIndicatorInput])
  @ArrayMaxSize(30, { message: '指标最多30个' })
  @ValidateNested({ each: true })
  indicators: RubricIndicatorInput[];
  @Field(() => [GradeBandInput])
  @ArrayMaxSize(10, { message: '等级最多10个' })
  @ValidateNested({ each: true })
  bands: GradeBandInput[];
}

@InputType({ description: '开启年度评价' })
export class OpenEvaluationCampaignInput {
  @Field(() => Int, { description: '评价年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2020, { message: '年度无效' })
  @Max(2100, { message: '年度无效' })
  year: number;
  @Field(() => ID) @Matches(ID_PATTERN, { message: '指标体系编号无效' }) rubricId: string;
  @Field({ description: '基准日（该日在库的机构参加评价）' })
  @Matches(ISO_DATE, { message: '基准日格式应为 YYYY-MM-DD' })
  referenceDate: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, { message: '名称最多100字' }) name?: string | null;
}

@InputType({ description: '评价活动版本（防并发）' })
export class CampaignVersionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '评价活动编号无效' }) campaignId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: '应为整数' }) expectedVersion?: number | null;
}

@InputType({ description: '一个评分指标的得分' })
export class IndicatorScoreInput {
  @Field() @Length(1, 32, { message: '指标代码无效' }) code: string;
  @Field(() => Float, { nullable: true, description: '得分（0至满分，一位小数）；空为未评' })
  @IsOptional()
  @IsNumber({}, { message: '得分应为数字' })
  score?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: '评语最多1000字' }) comment?: string | null;
}

@InputType({ description: '保存评分（省级为评分，市级为预评分）' })
export class ScoreEvaluationSheetInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '评分表编号无效' }) sheetId: string;
  @Field(() => Int, { description: '打开评分表时的版本号' }) @IsInt({ message: '应为整数' }) expectedVersion: number;
  @Field(() => [IndicatorScoreInput])
  @ArrayMinSize(1, { message: '请至少填写一项评分' })
  @ArrayMaxSize(30, { message: '最多30项' })
  @ValidateNested({ each: true })
  scores: IndicatorScoreInput[];
}

@InputType({ description: '记录实地核查' })
export class OnSiteVerificationInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '评分表编号无效' }) sheetId: string;
  @Field(() => Int) @IsInt({ message: '应为整数' }) expectedVersion: number;
  @Field() @Matches(ISO_DATE, { message: '核查日期格式应为 YYYY-MM-DD' }) date: string;
  @Field() @Length(1, 200, { message: '请填写核查人员（最多200字）' }) inspectors: string;
  @Field() @Length(1, 2000, { message: '请填写核查发现（最多2000字）' }) findings: string;
  @Field() @IsBoolean({ message: '应为是或否' }) passed: boolean;
}

@InputType({ description: '评分表筛选' })
export class EvaluationSheetFilter {
  @Field(() => SheetStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SheetStatus), { message: '取值无效' })
  status?: SheetStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20, { message: '最多20字' }) grade?: string | null;
  @Field(() => Boolean, { nullable: true, description: '已记录实地核查' }) @IsOptional() @IsBoolean({ message: '应为是或否' }) onSite?:
    boolean | null;
  @Field(() => String, { nullable: true, description: '机构名称' }) @IsOptional() @MaxLength(50, { message: '最多50字' }) text?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: '按总分排名（高分在前）' })
  @IsOptional()
  @IsBoolean({ message: '应为是或否' })
  ranked?: boolean | null;
}

@ArgsType()
export class EvaluationSheetsArgs extends PageArgs {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '评价活动编号无效' }) campaignId: string;
  @Field(() => EvaluationSheetFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EvaluationSheetFilter | null;
}

@ArgsType()
export class IndicatorRowsArgs extends PageArgs {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '评分表编号无效' }) sheetId: string;
  @Field(() => EvaluationSource) @IsIn(Object.values(EvaluationSource), { message: '数据来源无效' }) source: EvaluationSource;
}
