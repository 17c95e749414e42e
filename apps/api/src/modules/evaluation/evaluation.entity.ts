import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EVALUATION_SOURCE_LABELS, GradeBand, RubricIndicator } from '@hebei/domain';
import { ScopeRule } from '../../common/scope';
import { Institution } from '../institution/institution.entity';

export enum EvaluationSource {
  REPORTING_COMPLIANCE = 'REPORTING_COMPLIANCE',
  BOOKING_RESPONSE = 'BOOKING_RESPONSE',
  BOOKING_COMPLETION = 'BOOKING_COMPLETION',
  SATISFACTION = 'SATISFACTION',
  ENTERPRISES_SERVED = 'ENTERPRISES_SERVED',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
}
registerEnumType(EvaluationSource, {
  name: 'EvaluationSource',
  description: '计算指标的数据来源（固定目录）',
  valuesConfig: Object.fromEntries(Object.entries(EVALUATION_SOURCE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum IndicatorKind {
  COMPUTED = 'COMPUTED',
  SCORED = 'SCORED',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: '指标类型',
  valuesConfig: { COMPUTED: { description: '由系统数据计算' }, SCORED: { description: '由评价人员评分' } },
});

export enum RubricStatus {
  DRAFT = 'DRAFT',
  LOCKED = 'LOCKED',
}
registerEnumType(RubricStatus, {
  name: 'RubricStatus',
  description: '评价指标体系版本状态',
  valuesConfig: { DRAFT: { description: '草稿（可修改）' }, LOCKED: { description: '已被评价活动使用（锁定）' } },
});

export enum CampaignStatus {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CampaignStatus, {
  name: 'EvaluationCampaignStatus',
  description: '评价活动状态',
  valuesConfig: { OPEN: { description: '进行中' }, PUBLISHED: { description: '已发布（结果冻结）' } },
});

export enum SheetStatus {
  PENDING = 'PENDING',
  SCORED = 'SCORED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(SheetStatus, {
  name: 'EvaluationSheetStatus',
  description: '评分表状态',
  valuesConfig: { PENDING: { description: '待评分' }, SCORED: { description: '已评分' }, PUBLISHED: { description: '已发布' } },
});

@ObjectType({ description: '评价指标', simpleResolvers: true })
export class RubricIndicatorType implements RubricIndicator {
  @Field({ description: '指标代码' }) code: string;
  @Field({ description: '指标名称' }) name: string;
  @Field(() => IndicatorKind) kind: IndicatorKind;
  @Field(() => Float, { description: '分值' }) points: number;
  @Field(() => EvaluationSource, { nullable: true, description: '计算指标的数据来源' }) source?: EvaluationSource | null;
  @Field(() => Float, { nullable: true, description: '评分指标的满分' }) maxScore?: number | null;
  @Field(() => String, { nullable: true, description: '评分指引' }) guidance?: string | null;
}

@ObjectType({ description: '评价等级', simpleResolvers: true })
export class GradeBandType implements GradeBand {
  @Field() grade: string;
  @Field(() => Float, { description: '下限（含）' }) min: number;
}

/** A version of the rubric (评价指标体系), as data: edited as a draft, locked once a campaign uses it. */
@ObjectType({ description: '评价指标体系版本', simpleResolvers: true })
@Entity('evaluation_rubric')
export class EvaluationRubric {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field({ description: '名称' }) @Column({ type: 'varchar', length: 100 }) name: string;
  @Field(() => RubricStatus) @Column({ type: 'varchar', length: 12, default: RubricStatus.DRAFT }) status: RubricStatus;
  @Field(() => [RubricIndicatorType]) @Column({ type: 'simple-json' }) indicators: RubricIndicator[];
  @Field(() => [GradeBandType]) @Column({ type: 'simple-json' }) bands: GradeBand[];
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) updatedByName: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** An annual evaluation (年度评价) of year Y: one per year, with a rubric version and a reference date for the snapshot. */
@ObjectType({ description: '年度评价活动（第五、十二条）', simpleResolvers: true })
@Entity('evaluation_campaign')
@Index(['year'], { unique: true })
export class EvaluationCampaign {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => Int, { description: '评价年度' }) @Column({ type: 'int' }) year: number;
  @Field() @Column({ type: 'varchar', length: 100 }) name: string;
  @Field(() => ID) @Column({ type: 'int' }) rubricId: number;
  @ManyToOne(() => EvaluationRubric, { nullable: false }) @JoinColumn({ name: 'rubricId' }) rubric?: EvaluationRubric;
  @Field({ description: '基准日：该日在库的机构参加评价' }) @Column({ type: 'date' }) referenceDate: string;
  @Field(() => CampaignStatus) @Column({ type: 'varchar', length: 12, default: CampaignStatus.OPEN }) status: CampaignStatus;
  @Field({ description: '计算指标最近计算时间' }) @Column({ type: 'datetime' }) computedAt: Date;
  @Field({ description: '计算指标的数据截止日' }) @Column({ type: 'date' }) computedAsOf: string;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) publishedByName: string | null;
  @Field() @Column({ type: 'varchar', length: 100 }) openedByName: string;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** A scorer's entry for one SCORED indicator. */
export interface ScoreEntry {
  score: number | null;
  comment: string | null;
}

/**
 * One institution's score sheet in a campaign (snapshotted at opening; the name and place as on the reference date).
 * Scores, city pre-scores and the on-site verification are compare-and-set on `version`; the computed figures live in
 * `evaluation_figures` (written set-based for the whole campaign) and the total/grade are derived from both.
 */
@ObjectType({ description: '评分表', simpleResolvers: true })
@Entity('evaluation_sheet')
@Index(['campaignId', 'institutionId'], { unique: true })
@Index(['campaignId', 'status', 'id'])
@Index(['campaignId', 'total', 'id'])
@Index(['institutionId', 'id'])
export class EvaluationSheet {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) campaignId: number;
  @ManyToOne(() => EvaluationCampaign, { nullable: false }) @JoinColumn({ name: 'campaignId' }) campaign?: EvaluationCampaign;
  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;
  @Field({ description: '机构名称（基准日）' }) @Column({ type: 'varchar', length: 200 }) institutionName: string;
  @Field({ description: '机构所在县（市、区）（基准日）' }) @Column({ type: 'varchar', length: 6 }) divisionCode: string;
  @Field(() => String, { nullable: true, description: '第一主要服务方向（基准日）' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  categoryCode: string | null;
  @Field(() => SheetStatus) @Column({ type: 'varchar', length: 12, default: SheetStatus.PENDING }) status: SheetStatus;
  @Column({ type: 'simple-json' }) scores: Record<string, ScoreEntry>;
  @Column({ type: 'simple-json' }) cityScores: Record<string, ScoreEntry>;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) scoredByName: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) scoredAt: Date | null;
  @Field(() => String, { nullable: true, description: '市级预评分人' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  cityScoredByName: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) cityScoredAt: Date | null;
  @Field(() => String, { nullable: true, description: '实地核查日期' }) @Column({ type: 'date', nullable: true }) onSiteDate: string | null;
  @Field(() => String, { nullable: true, description: '核查人员' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  onSiteInspectors: string | null;
  @Field(() => String, { nullable: true, description: '核查发现' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  onSiteFindings: string | null;
  @Field(() => Boolean, { nullable: true, description: '实地核查是否通过（未通过则等级为不合格）' })
  @Column({ type: 'boolean', nullable: true })
  onSitePassed: boolean | null;
  @Field(() => Float, { nullable: true, description: '总分（一位小数）' })
  @Column({
    type: 'decimal',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v == null ? null : Number(v)) },
  })
  total: number | null;
  @Field(() => String, { nullable: true, description: '等级' }) @Column({ type: 'varchar', length: 20, nullable: true }) grade:
    string | null;
  @Field(() => Float, { description: '无数据（不适用）而分摊的分值' })
  @Column({ type: 'decimal', precision: 5, scale: 1, default: 0, transformer: { to: (v) => v, from: (v) => (v == null ? 0 : Number(v)) } })
  naPoints: number;
  @Field(() => ID, { nullable: true, description: '不合格时提出的移出案件' }) @Column({ type: 'int', nullable: true }) removalCaseId:
    number | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** Bureaus see the sheets of their place; the institution its own (published ones, see the service). Nothing is public. */
export const EVALUATION_SHEET_ROWS: ScopeRule = { place: 'divisionCode', institution: 'institutionId' };

/**
 * The counts behind the computed indicators of one sheet, written for the whole campaign in one INSERT … SELECT and
 * frozen at publication (not versioned: only the set-based refresh writes it).
 */
@Entity('evaluation_figures')
@Index(['campaignId'])
export class EvaluationFigures {
  @PrimaryColumn({ type: 'int' }) sheetId: number;
  @Column({ type: 'int' }) campaignId: number;
  @Column({ type: 'int', default: 0 }) reportsDue: number;
  @Column({ type: 'int', default: 0 }) reportsOnTime: number;
  @Column({ type: 'int', default: 0 }) reportsSubmitted: number;
  @Column({ type: 'int', default: 0 }) enterprisesServed: number;
  @Column({ type: 'int', default: 0 }) bookingsReceived: number;
  @Column({ type: 'int', default: 0 }) bookingsAnsweredInTime: number;
  @Column({ type: 'int', default: 0 }) bookingsAccepted: number;
  @Column({ type: 'int', default: 0 }) bookingsCompleted: number;
  @Column({ type: 'int', default: 0 }) ratingCount: number;
  @Column({ type: 'int', default: 0 }) ratingSum: number;
  @Column({ type: 'int', default: 0 }) welfareJoined: number;
  @Column({ type: 'int', default: 0 }) welfareReported: number;
}
