import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  ANALYTICS_AGGREGATE_LABELS,
  ANALYTICS_OP_LABELS,
  AnalyticsAggregate,
  AnalyticsDivisionLevel,
  AnalyticsOp,
  DATE_GRANULARITY_LABELS,
  DateGranularity,
  DIVISION_LEVEL_LABELS,
  HavingOp,
  RelativeDateKind,
  SortDirection,
  ANALYTICS_FIELD_TYPE_LABELS,
  ANALYTICS_LIMITS,
} from '@hebei/domain';

/** GraphQL enums mirror the domain's literal unions (same values), with the domain's Chinese labels. */
function domainEnum<T extends string>(name: string, description: string, labels: Readonly<Record<T, string>>) {
  const values = Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as Record<T, T>;
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }])) as Partial<
      Record<T, { description: string }>
    >,
  });
  return values;
}

export const AnalyticsOpEnum = domainEnum<AnalyticsOp>('AnalyticsOp', '筛选比较方式', ANALYTICS_OP_LABELS);
export const AnalyticsAggregateEnum = domainEnum<AnalyticsAggregate>('AnalyticsAggregate', '统计方式', ANALYTICS_AGGREGATE_LABELS);
export const DateGranularityEnum = domainEnum<DateGranularity>(
  'AnalyticsDateGranularity',
  '日期汇总粒度（周从周一开始，北京时间）',
  DATE_GRANULARITY_LABELS,
);
export const DivisionLevelEnum = domainEnum<AnalyticsDivisionLevel>(
  'AnalyticsDivisionLevel',
  '行政区划汇总层级（本库口径）',
  DIVISION_LEVEL_LABELS,
);
export const FieldTypeEnum = domainEnum('AnalyticsFieldType', '字段或结果列类型', ANALYTICS_FIELD_TYPE_LABELS);
export const RelativeDateEnum = domainEnum<RelativeDateKind>('AnalyticsRelativeDate', '相对日期（按北京时间的今天计算）', {
  LAST_N_DAYS: '近N天（含今天）',
  THIS_MONTH: '本月',
  THIS_QUARTER: '本季度',
  THIS_YEAR: '本年',
  LAST_MONTH: '上月',
  LAST_QUARTER: '上季度',
  LAST_YEAR: '上年',
});
export const HavingOpEnum = domainEnum<HavingOp>('AnalyticsHavingOp', '指标比较方式', {
  EQ: '等于',
  NE: '不等于',
  LT: '小于',
  LTE: '小于等于',
  GT: '大于',
  GTE: '大于等于',
  BETWEEN: '介于',
});
export const SortDirectionEnum = domainEnum<SortDirection>('AnalyticsSortDirection', '排序方向', { ASC: '升序', DESC: '降序' });

export const CHART_TYPES = ['TABLE', 'BAR', 'STACKED_BAR', 'LINE', 'PIE', 'HEAT_TABLE'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const ChartTypeEnum = domainEnum<ChartType>('AnalyticsChartType', '结果展示方式', {
  TABLE: '表格',
  BAR: '柱状图',
  STACKED_BAR: '堆叠柱状图',
  LINE: '折线图',
  PIE: '饼图',
  HEAT_TABLE: '城市热力表',
});

/**
 * Key and value lengths of the query language, checked on every node of the tree (@ValidateNested all the way down: a
 * GraphQL input refused here never reaches the compiler). The query itself is then checked by the domain's rules (field
 * paths, Chinese messages; ANALYTICS_LIMITS.maxValueLength for values), which are also the only validator of the REST
 * exports' JSON body; the bounds here are the same, so either way the same inputs are refused.
 */
const KEY = 100;
const KEY_MESSAGE = '字段键无效';
const VALUE = ANALYTICS_LIMITS.maxValueLength;
const VALUE_MESSAGE = `比较值最多${ANALYTICS_LIMITS.maxValueLength}个字符`;

@InputType({ description: '相对日期' })
export class AnalyticsRelativeDateInput {
  @Field(() => RelativeDateEnum) kind: RelativeDateKind;
  @Field(() => Int, { nullable: true, description: '近N天的天数' }) @IsOptional() n?: number | null;
}

/**
 * One node of the filter tree: exactly one of `and`, `or`, `not`, or a condition `field` + `op` + `values` (or
 * `relative` for dates). Values are text read by the field's type: numbers, YYYY-MM-DD, option codes, division codes,
 * true/false. Depth and width are checked by the rules (at most 10 levels, 100 conditions).
 */
@InputType({ description: '筛选条件树：且 / 或 / 非，或一个字段条件' })
export class AnalyticsFilterInput {
  @Field(() => [AnalyticsFilterInput], { nullable: true, description: '且：全部满足' }) @IsOptional() @ValidateNested() and?:
    AnalyticsFilterInput[] | null;
  @Field(() => [AnalyticsFilterInput], { nullable: true, description: '或：满足其一' }) @IsOptional() @ValidateNested() or?:
    AnalyticsFilterInput[] | null;
  @Field(() => AnalyticsFilterInput, { nullable: true, description: '非：不满足' })
  @IsOptional()
  @ValidateNested()
  not?: AnalyticsFilterInput | null;
  @Field(() => String, { nullable: true, description: '字段键' }) @IsOptional() @MaxLength(KEY, { message: KEY_MESSAGE }) field?:
    string | null;
  @Field(() => AnalyticsOpEnum, { nullable: true }) @IsOptional() op?: AnalyticsOp | null;
  @Field(() => [String], { nullable: true, description: '比较值（按字段类型解析）' })
  @IsOptional()
  @MaxLength(VALUE, { each: true, message: VALUE_MESSAGE })
  values?: string[] | null;
  @Field(() => AnalyticsRelativeDateInput, { nullable: true }) @IsOptional() @ValidateNested() relative?: AnalyticsRelativeDateInput | null;
}

@InputType({ description: '汇总维度' })
export class AnalyticsDimensionInput {
  @Field() @MaxLength(KEY, { message: KEY_MESSAGE }) field: string;
  @Field(() => DateGranularityEnum, { nullable: true, description: '日期字段必填' }) @IsOptional() granularity?: DateGranularity | null;
  @Field(() => DivisionLevelEnum, { nullable: true, description: '行政区划：市级或县级（默认县级）' })
  @IsOptional()
  level?: AnalyticsDivisionLevel | null;
}

@InputType({ description: '指标' })
export class AnalyticsMeasureInput {
  @Field(() => AnalyticsAggregateEnum) aggregate: AnalyticsAggregate;
  @Field(() => String, { nullable: true, description: '不填时“计数”统计记录数' })
  @IsOptional()
  @MaxLength(KEY, { message: KEY_MESSAGE })
  field?: string | null;
}

@InputType({ description: '按指标筛选分组' })
export class AnalyticsHavingInput {
  @Field({ description: '指标键，如 count、avg.rating' }) @MaxLength(KEY, { message: KEY_MESSAGE }) measure: string;
  @Field(() => HavingOpEnum) op: HavingOp;
  @Field(() => [String], { description: '比较值；比例以百分数填写' })
  @MaxLength(VALUE, { each: true, message: VALUE_MESSAGE })
  values: string[];
}

@InputType({ description: '排序' })
export class AnalyticsSortInput {
  @Field({ description: '结果列键：维度、指标，或明细查询的字段键' }) @MaxLength(KEY, { message: KEY_MESSAGE }) key: string;
  @Field(() => SortDirectionEnum, { nullable: true }) @IsOptional() direction?: SortDirection | null;
}

@InputType({ description: '自定义查询：数据集 → 筛选 → 汇总维度 → 指标 → 指标筛选 → 排序；不汇总时为明细' })
export class AnalyticsQueryInput {
  @Field({ description: '数据集键' }) @MaxLength(40, { message: '数据集键无效' }) dataset: string;
  @Field(() => AnalyticsFilterInput, { nullable: true }) @IsOptional() @ValidateNested() filter?: AnalyticsFilterInput | null;
  @Field(() => [AnalyticsDimensionInput], { nullable: true, description: '最多3个' }) @IsOptional() @ValidateNested() groupBy?:
    AnalyticsDimensionInput[] | null;
  @Field(() => [AnalyticsMeasureInput], { nullable: true, description: '汇总时默认“计数”' })
  @IsOptional()
  @ValidateNested()
  measures?: AnalyticsMeasureInput[] | null;
  @Field(() => [AnalyticsHavingInput], { nullable: true }) @IsOptional() @ValidateNested() having?: AnalyticsHavingInput[] | null;
  @Field(() => [AnalyticsSortInput], { nullable: true }) @IsOptional() @ValidateNested() sort?: AnalyticsSortInput[] | null;
  @Field(() => Int, { nullable: true, description: '汇总时只显示前N组' }) @IsOptional() limit?: number | null;
  @Field(() => [String], { nullable: true, description: '明细查询显示的字段，默认数据集的常用字段' })
  @IsOptional()
  @MaxLength(KEY, { each: true, message: KEY_MESSAGE })
  columns?: string[] | null;
}

@ArgsType()
export class RunAnalyticsArgs {
  @Field(() => AnalyticsQueryInput) @ValidateNested() query: AnalyticsQueryInput;

  @Field(() => Int, { nullable: true, description: '明细查询每页条数，1–100' })
  @IsOptional()
  @Min(1, { message: '每页条数至少为1' })
  first?: number;

  @Field(() => String, { nullable: true, description: '明细查询上一页的游标' })
  @IsOptional()
  @MaxLength(2000, { message: '分页游标无效' })
  after?: string;

  @Field(() => ID, { nullable: true, description: '运行的是哪个已保存查询（记录最近运行时间）' })
  @IsOptional()
  savedQueryId?: string;
}

@InputType({ description: '结果展示设置' })
export class AnalyticsChartInput {
  @Field(() => ChartTypeEnum) type: ChartType;
  @Field(() => String, { nullable: true, description: '横轴（维度键）' }) @IsOptional() @MaxLength(100, { message: KEY_MESSAGE }) x?:
    string | null;
  @Field(() => String, { nullable: true, description: '系列（维度键）' }) @IsOptional() @MaxLength(100, { message: KEY_MESSAGE }) series?:
    string | null;
  @Field(() => String, { nullable: true, description: '数值（指标键）' }) @IsOptional() @MaxLength(100, { message: KEY_MESSAGE }) measure?:
    string | null;
}

@InputType({ description: '保存查询；带 id 与 version 时修改自己的查询' })
export class SaveAnalyticsQueryInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(20, { message: '查询编号无效' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: '修改时回传的版本号' }) @IsOptional() version?: number | null;

  @Field({ description: '名称' })
  @Length(1, 50, { message: '请填写名称（最多50字）' })
  name: string;

  @Field(() => String, { nullable: true, description: '说明' })
  @IsOptional()
  @MaxLength(500, { message: '说明最多500字' })
  description?: string | null;

  @Field({ description: '共享给所有分析人员和主管部门（各自按本人管辖范围运行）' })
  @IsBoolean({ message: '请选择是否共享' })
  shared: boolean;

  @Field(() => AnalyticsQueryInput) @ValidateNested() query: AnalyticsQueryInput;
  @Field(() => AnalyticsChartInput, { nullable: true }) @IsOptional() @ValidateNested() chart?: AnalyticsChartInput | null;
}

export const SAVED_QUERY_SCOPES = ['MINE', 'SHARED', 'ALL'] as const;
export type SavedQueryScope = (typeof SAVED_QUERY_SCOPES)[number];
export const SavedQueryScopeEnum = domainEnum<SavedQueryScope>('SavedAnalyticsQueryScope', '查询范围', {
  MINE: '我的查询',
  SHARED: '共享查询',
  ALL: '全部可见查询',
});

@InputType({ description: '已保存查询筛选' })
export class SavedAnalyticsQueryFilter {
  @Field(() => SavedQueryScopeEnum, { nullable: true })
  @IsOptional()
  @IsIn(SAVED_QUERY_SCOPES, { message: '查询范围无效' })
  scope?: SavedQueryScope | null;
  @Field(() => String, { nullable: true, description: '数据集键' }) @IsOptional() @MaxLength(40, { message: '数据集键无效' }) dataset?:
    string | null;
  @Field(() => String, { nullable: true, description: '名称包含' }) @IsOptional() @MaxLength(50, { message: '搜索词最多50字' }) text?:
    string | null;
}

@InputType({ description: '把共享查询加入仪表盘' })
export class DashboardCardInput {
  @Field(() => String, { nullable: true, description: '仪表盘键，默认 default' })
  @IsOptional()
  @MaxLength(40, { message: '仪表盘键无效' })
  dashboard?: string | null;
  @Field(() => ID) @MaxLength(20, { message: '查询编号无效' }) savedQueryId: string;
  @Field(() => String, { nullable: true, description: '卡片标题，默认查询名称' })
  @IsOptional()
  @MaxLength(50, { message: '标题最多50字' })
  title?: string | null;
  @Field(() => Int, { nullable: true, description: '宽度：1 半行，2 整行' })
  @IsOptional()
  @IsIn([1, 2], { message: '宽度应为1或2' })
  width?: number | null;
  @Field(() => AnalyticsChartInput, { nullable: true }) @IsOptional() @ValidateNested() chart?: AnalyticsChartInput | null;
}
