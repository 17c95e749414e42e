import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Institution } from '../institution/institution.entity';
import { decimalToNumber } from '../../common/numeric.transformer';
import { ScopeRule } from '../../common/scope';

export enum ServiceReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ServiceReportStatus, {
  name: 'ServiceReportStatus',
  description: '季度服务情况报告状态',
  valuesConfig: { DRAFT: { description: '草稿' }, SUBMITTED: { description: '已提交' } },
});

export enum ReportPeriodStatus {
  OPEN = 'OPEN',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSED = 'MISSED',
}
registerEnumType(ReportPeriodStatus, {
  name: 'ReportPeriodStatus',
  description: '填报周期状态（第十条：逾期补报仍计为未按规定填报）',
  valuesConfig: {
    OPEN: { description: '待填报（截止日当天及以前）' },
    ON_TIME: { description: '按时填报' },
    LATE: { description: '逾期补报' },
    MISSED: { description: '未填报' },
  },
});

/**
 * One institution's quarterly service report for one deadline (Art. 10, SPEC §4.1). A row exists once the institution
 * saves or submits; a period without a row is unreported. The booking figures are frozen when it is submitted.
 */
@ObjectType({ description: '季度服务情况报告（第十条）', simpleResolvers: true })
@Entity('service_report')
@Index(['institutionId', 'deadline'], { unique: true })
// The escalation job and the monitor: the last on-time deadline per institution (covering).
@Index(['institutionId', 'onTime', 'deadline'])
@Index(['deadline', 'divisionCode'])
// The monitor's cells and its summary look up (institution, deadline) for status, onTime and submittedOn: covering, so
// 100k lookups stay in the index instead of reading the wide report rows (tools/bench/compliance.ts).
@Index(['institutionId', 'deadline', 'status', 'onTime', 'submittedOn'])
export class ServiceReport {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;

  @Field({ description: '机构所在县（市、区），随机构迁移更新' })
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Field({ description: '填报截止日（3月15日、6月15日、9月15日、12月15日）' })
  @Column({ type: 'date' })
  deadline: string;

  @Field({ description: '本周期起始日' }) @Column({ type: 'date' }) periodStart: string;

  @Field(() => ServiceReportStatus)
  @Column({ type: 'varchar', length: 12, default: ServiceReportStatus.DRAFT })
  status: ServiceReportStatus;

  @Field(() => Int, { nullable: true, description: '提供服务次数' }) @Column({ type: 'int', nullable: true }) servicesDelivered:
    number | null;
  @Field(() => Int, { nullable: true, description: '服务企业数' }) @Column({ type: 'int', nullable: true }) enterprisesServed:
    number | null;
  @Field(() => Int, { nullable: true, description: '其中点对点服务企业数' })
  @Column({ type: 'int', nullable: true })
  pointToPointServed: number | null;
  @Field(() => Int, { nullable: true, description: '公益性服务次数' }) @Column({ type: 'int', nullable: true }) publicWelfareCount:
    number | null;
  @Field(() => String, { nullable: true, description: '公益性服务情况' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  publicWelfareDescription: string | null;
  @Field(() => String, { nullable: true, description: '举办或参加的活动' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  activities: string | null;
  @Field(() => Float, { nullable: true, description: '服务收入（万元）' })
  @Column({ type: 'decimal', precision: 14, scale: 2, nullable: true, transformer: decimalToNumber })
  serviceRevenue: number | null;
  @Field(() => String, { nullable: true, description: '本期服务情况综述' }) @Column({ type: 'text', nullable: true }) narrative:
    string | null;

  @Field(() => Int, { nullable: true, description: '本期收到预约（提交时按预约数据固定）' })
  @Column({ type: 'int', nullable: true })
  bookingsReceived: number | null;
  @Field(() => Int, { nullable: true, description: '本期按时答复预约（提交时固定）' })
  @Column({ type: 'int', nullable: true })
  bookingsAnsweredInTime: number | null;
  @Field(() => Int, { nullable: true, description: '本期完成服务预约（提交时固定）' })
  @Column({ type: 'int', nullable: true })
  bookingsCompleted: number | null;

  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true, description: '提交日期（北京时间）' })
  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;
  @Field({ description: '是否在截止日当天及以前提交' }) @Column({ type: 'boolean', default: false }) onTime: boolean;

  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** Drafts are the institution's own; bureaus of its place see what it submitted. Nothing is public. */
export const SERVICE_REPORT_ROWS: ScopeRule = {
  place: 'divisionCode',
  institution: 'institutionId',
  officer: (alias) => ({ sql: `${alias}.status = :officerSubmitted`, params: { officerSubmitted: ServiceReportStatus.SUBMITTED } }),
};

/**
 * A notice of non-compliance (通报, Art. 10): issued once per run of 2 consecutive missed periods, keyed by the
 * institution and the deadline that completed the run — the unique key makes two concurrent job runs write it once.
 */
@ObjectType({ description: '未按规定填报通报（第十条）', simpleResolvers: true })
@Entity('compliance_notice')
@Index(['institutionId', 'deadline'], { unique: true })
@Index(['deadline', 'id'])
@Index(['runId'])
export class ComplianceNotice {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;
  @Field() @Column({ type: 'varchar', length: 6 }) divisionCode: string;
  @Field({ description: '连续第2个未按规定填报周期的截止日（通报所属截止日）' }) @Column({ type: 'date' }) deadline: string;
  @Field({ description: '本轮连续未填报的第一个截止日' }) @Column({ type: 'date' }) runStartDeadline: string;
  @Field(() => Int, { description: '通报时连续未按规定填报的周期数' }) @Column({ type: 'int' }) missedCount: number;
  @Field() @Column({ type: 'datetime' }) issuedAt: Date;
  @Field({ description: '通报日期（北京时间）' }) @Column({ type: 'date' }) issuedOn: string;
  /** The job run that wrote the row: the run notifies only the rows it wrote. */
  @Column({ type: 'varchar', length: 36, nullable: true }) runId: string | null;
}

export const COMPLIANCE_NOTICE_ROWS: ScopeRule = { place: 'divisionCode', institution: 'institutionId' };
