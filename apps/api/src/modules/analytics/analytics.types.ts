import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  AnalyticsAggregate,
  AnalyticsColumnType,
  AnalyticsDivisionLevel,
  AnalyticsFieldType,
  AnalyticsOp,
  DateGranularity,
} from '@hebei/domain';
import { PageInfo } from '../../common/pagination';
import type { ColumnRole } from './analytics.compiler';
import {
  AnalyticsAggregateEnum,
  AnalyticsOpEnum,
  ChartType,
  ChartTypeEnum,
  DateGranularityEnum,
  DivisionLevelEnum,
  FieldTypeEnum,
} from './analytics.inputs';

export enum AnalyticsColumnRole {
  DIMENSION = 'DIMENSION',
  MEASURE = 'MEASURE',
  FIELD = 'FIELD',
}
registerEnumType(AnalyticsColumnRole, {
  name: 'AnalyticsColumnRole',
  description: '结果列：汇总维度、指标或明细字段',
  valuesConfig: { DIMENSION: { description: '维度' }, MEASURE: { description: '指标' }, FIELD: { description: '明细字段' } },
});

export enum AnalyticsResultMode {
  GROUPS = 'GROUPS',
  ROWS = 'ROWS',
}
registerEnumType(AnalyticsResultMode, { name: 'AnalyticsResultMode', description: '汇总结果或明细' });

@ObjectType({ description: '选项', simpleResolvers: true })
export class AnalyticsEnumValue {
  @Field() code: string;
  @Field() label: string;
}

@ObjectType({ description: '数据集字段（按当前用户可用的方式列出）', simpleResolvers: true })
export class AnalyticsFieldInfo {
  @Field() key: string;
  @Field({ description: '中文名称' }) label: string;
  @Field(() => FieldTypeEnum) type: AnalyticsFieldType;
  @Field(() => [AnalyticsOpEnum], { description: '可用的筛选方式' }) ops: AnalyticsOp[];
  @Field(() => [AnalyticsAggregateEnum], { description: '可用的统计方式' }) aggregates: AnalyticsAggregate[];
  @Field({ description: '可作为汇总维度' }) dimension: boolean;
  @Field({ description: '可作为明细列' }) listed: boolean;
  @Field({ description: '明细查询可按其排序' }) sortable: boolean;
  @Field({ description: '可能为空' }) nullable: boolean;
  @Field({ description: '多值（如主要服务方向）' }) multiple: boolean;
  @Field(() => [DateGranularityEnum], { description: '日期字段可选的汇总粒度' }) granularities: DateGranularity[];
  @Field(() => [DivisionLevelEnum], { description: '行政区划字段可选的汇总层级' }) levels: AnalyticsDivisionLevel[];
  @Field(() => String, { nullable: true, description: '个人信息类型（phone / email / idNumber），分析人员看到脱敏值' })
  personalData: string | null;
  @Field(() => [AnalyticsEnumValue]) enumValues: AnalyticsEnumValue[];
  @Field(() => String, { nullable: true, description: '单位，如 万元' }) unit: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: '数据集', simpleResolvers: true })
export class AnalyticsDatasetInfo {
  @Field() key: string;
  @Field() label: string;
  @Field({ description: '一行是什么，如 机构、预约' }) unit: string;
  @Field() description: string;
  @Field(() => [AnalyticsFieldInfo]) fields: AnalyticsFieldInfo[];
  @Field(() => [String], { description: '明细查询默认显示的字段' }) defaultColumns: string[];
}

@ObjectType({ description: '查询限制', simpleResolvers: true })
export class AnalyticsLimitsInfo {
  @Field(() => Int) maxFilterDepth: number;
  @Field(() => Int) maxFilterLeaves: number;
  @Field(() => Int) maxDimensions: number;
  @Field(() => Int) maxMeasures: number;
  @Field(() => Int) maxGroups: number;
  @Field(() => Int) maxPageSize: number;
  @Field(() => Int) maxExportRows: number;
  @Field(() => Int, { description: '单条查询语句的时间上限（毫秒）' }) statementTimeoutMs: number;
}

@ObjectType({ description: '自定义查询目录：数据集、字段与限制', simpleResolvers: true })
export class AnalyticsCatalog {
  @Field(() => [AnalyticsDatasetInfo]) datasets: AnalyticsDatasetInfo[];
  @Field(() => AnalyticsLimitsInfo) limits: AnalyticsLimitsInfo;
}

@ObjectType({ description: '结果列', simpleResolvers: true })
export class AnalyticsColumn {
  @Field() key: string;
  @Field() label: string;
  @Field(() => FieldTypeEnum) type: AnalyticsColumnType;
  @Field(() => AnalyticsColumnRole) role: ColumnRole;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => DateGranularityEnum, { nullable: true }) granularity: DateGranularity | null;
  @Field(() => DivisionLevelEnum, { nullable: true }) level: AnalyticsDivisionLevel | null;
  @Field() multiple: boolean;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field({ description: '个人信息（分析人员看到脱敏值）' }) personalData: boolean;
}

@ObjectType({ description: '查询结果：列与行（每行为与列对应的值数组）' })
export class AnalyticsResult {
  @Field(() => AnalyticsResultMode) mode: AnalyticsResultMode;
  @Field(() => [AnalyticsColumn]) columns: AnalyticsColumn[];
  @Field(() => [GraphQLJSON], { description: '每行一个数组，顺序同 columns；日期为 YYYY-MM-DD，选项与区划为代码' }) rows: unknown[][];
  @Field(() => Int, { nullable: true, description: '汇总：分组数；明细：符合条件的总数（仅在请求时计算）' }) totalCount: number | null;
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field({ description: '查询的中文说明' }) explanation: string;
}

@ObjectType({ description: '结果展示设置', simpleResolvers: true })
export class AnalyticsChart {
  @Field(() => ChartTypeEnum) type: ChartType;
  @Field(() => String, { nullable: true }) x: string | null;
  @Field(() => String, { nullable: true }) series: string | null;
  @Field(() => String, { nullable: true }) measure: string | null;
}

@ObjectType({ description: '已保存的查询', simpleResolvers: true })
export class SavedAnalyticsQuery {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: '是否共享' }) shared: boolean;
  @Field({ description: '数据集键' }) dataset: string;
  @Field({ description: '数据集名称' }) datasetLabel: string;
  @Field(() => GraphQLJSON, { description: '查询定义（AnalyticsQueryInput）' }) definition: unknown;
  @Field(() => AnalyticsChart, { nullable: true }) chart: AnalyticsChart | null;
  @Field({ description: '查询的中文说明' }) explanation: string;
  @Field(() => String, { nullable: true, description: '创建人；系统预置为空' }) ownerName: string | null;
  @Field({ description: '是否本人创建' }) mine: boolean;
  @Field({ description: '是否系统预置（仪表盘卡片）' }) system: boolean;
  @Field(() => Date, { nullable: true, description: '最近运行时间' }) lastRunAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType({ description: '仪表盘卡片：一个共享查询', simpleResolvers: true })
export class AnalyticsDashboardCard {
  @Field(() => ID) id: number;
  @Field() title: string;
  @Field(() => Int, { description: '1 半行，2 整行' }) width: number;
  @Field(() => AnalyticsChart) chart: AnalyticsChart;
  @Field(() => SavedAnalyticsQuery) query: SavedAnalyticsQuery;
}

@ObjectType({ description: '仪表盘：打开时按本人管辖范围刷新每张卡片', simpleResolvers: true })
export class AnalyticsDashboard {
  @Field(() => ID) id: number;
  @Field() key: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [AnalyticsDashboardCard]) cards: AnalyticsDashboardCard[];
}
