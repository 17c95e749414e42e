import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EvaluationSource, IndicatorKind } from './evaluation.entity';

@ObjectType({ description: '评分表上的一项指标：计算指标带数据与比值，评分指标带得分与市级预评分', simpleResolvers: true })
export class EvaluationIndicatorResult {
  @Field() code: string;
  @Field() name: string;
  @Field(() => IndicatorKind) kind: IndicatorKind;
  @Field(() => Float) points: number;
  @Field(() => EvaluationSource, { nullable: true }) source: EvaluationSource | null;
  @Field(() => Float, { nullable: true }) maxScore: number | null;
  @Field(() => String, { nullable: true }) guidance: string | null;
  @Field(() => Int, { nullable: true, description: '计算指标：分子（如按时填报数；满意度为评分之和）' }) count: number | null;
  @Field(() => Int, { nullable: true, description: '计算指标：分母（如应填报数；满意度为评分个数）' }) base: number | null;
  @Field(() => String, { nullable: true, description: '计算公式说明' }) formula: string | null;
  @Field(() => Float, { nullable: true, description: '完成比例 0–1；空为无数据（不适用，分值分摊给其他指标）' }) value: number | null;
  @Field({ description: '无数据（不适用）' }) notApplicable: boolean;
  @Field(() => Float, { nullable: true, description: '省级评分' }) score: number | null;
  @Field(() => String, { nullable: true, description: '省级评语' }) comment: string | null;
  @Field(() => Float, { nullable: true, description: '市级预评分' }) cityScore: number | null;
  @Field(() => String, { nullable: true, description: '市级评语' }) cityComment: string | null;
  @Field(() => Float, { nullable: true, description: '得分（分摊前，分值 × 完成比例）' }) earned: number | null;
}

@ObjectType({ description: '评价进度', simpleResolvers: true })
export class EvaluationProgress {
  @Field(() => Int) sheets: number;
  @Field(() => Int) scored: number;
  @Field(() => Int) onSite: number;
  @Field(() => Int) onSiteFailed: number;
}

@ObjectType({ description: '计算指标背后的数据行', simpleResolvers: true })
export class EvaluationEvidenceRow {
  @Field(() => ID) id: string;
  @Field({ description: '日期' }) date: string;
  @Field({ description: '内容' }) title: string;
  @Field({ description: '是否计入分子（如按时答复、按时填报）' }) counted: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: '等级分布的一格', simpleResolvers: true })
export class GradeCount {
  @Field(() => String, { nullable: true, description: '地市或服务类别代码；总体为空' }) key: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field() grade: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '等级分布：总体、按地市、按服务类别', simpleResolvers: true })
export class EvaluationDistribution {
  @Field(() => [GradeCount]) total: GradeCount[];
  @Field(() => [GradeCount]) byCity: GradeCount[];
  @Field(() => [GradeCount]) byCategory: GradeCount[];
}
