import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Institution } from '../institution/institution.entity';
import { REMOVAL_CASE_STATUS_LABELS, REMOVAL_REASON_LABELS } from '@hebei/domain';
import { ScopeRule } from '../../common/scope';

export enum RemovalReason {
  MISSED_REPORTS = 'MISSED_REPORTS',
  NO_LONGER_ELIGIBLE = 'NO_LONGER_ELIGIBLE',
  EVALUATION_FAILED = 'EVALUATION_FAILED',
  CREDIT_BLACKLIST = 'CREDIT_BLACKLIST',
  TAX_VIOLATION = 'TAX_VIOLATION',
  LEGAL_REP_DISHONEST = 'LEGAL_REP_DISHONEST',
  DATA_FRAUD = 'DATA_FRAUD',
  VOLUNTARY = 'VOLUNTARY',
}
registerEnumType(RemovalReason, {
  name: 'RemovalReason',
  description: '移出原因（第十至十二条）',
  valuesConfig: Object.fromEntries(Object.entries(REMOVAL_REASON_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum RemovalCaseStatus {
  PENDING = 'PENDING',
  DECIDED = 'DECIDED',
  REMOVED = 'REMOVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RemovalCaseStatus, {
  name: 'RemovalCaseStatus',
  description: '移出案件状态',
  valuesConfig: Object.fromEntries(Object.entries(REMOVAL_CASE_STATUS_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum RemovalCaseSource {
  SYSTEM = 'SYSTEM',
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
  EVALUATION = 'EVALUATION',
}
registerEnumType(RemovalCaseSource, {
  name: 'RemovalCaseSource',
  description: '案件来源',
  valuesConfig: {
    SYSTEM: { description: '系统（连续未按规定填报）' },
    CITY: { description: '市级核实（重大变化后不再符合条件）' },
    PROVINCE: { description: '省级发起' },
    EVALUATION: { description: '年度评价' },
  },
});

/**
 * A removal case (移出, SPEC §4.4). `openInstitutionId` holds the institution's id while the case is open (pending or
 * decided, not yet effective) and NULL otherwise: its unique index is "one open case per institution". A case the job
 * opens for a run of missed reports carries the deadline that completed the run of 3 (`triggerDeadline`, unique per
 * institution): a second run writes nothing, and a withdrawn case is not reopened for the same run.
 */
@ObjectType({ description: '移出案件（第十至十二条）', simpleResolvers: true })
@Entity('removal_case')
@Index(['openInstitutionId'], { unique: true })
@Index(['institutionId', 'triggerDeadline'], { unique: true })
@Index(['status', 'id'])
@Index(['status', 'effectiveDate'])
@Index(['institutionId', 'id'])
@Index(['banUntil', 'id'])
@Index(['runId'])
export class RemovalCase {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;
  @Field({ description: '机构所在县（市、区）' }) @Column({ type: 'varchar', length: 6 }) divisionCode: string;
  @Field(() => RemovalReason) @Column({ type: 'varchar', length: 24 }) reason: RemovalReason;
  @Field(() => RemovalCaseStatus) @Column({ type: 'varchar', length: 12, default: RemovalCaseStatus.PENDING }) status: RemovalCaseStatus;
  @Field(() => RemovalCaseSource) @Column({ type: 'varchar', length: 12 }) source: RemovalCaseSource;
  @Field({ description: '事实与依据' }) @Column({ type: 'text' }) description: string;
  @Field(() => String, { nullable: true, description: '连续第3个未按规定填报周期的截止日（系统发起）' })
  @Column({ type: 'date', nullable: true })
  triggerDeadline: string | null;
  @Field(() => String, { nullable: true, description: '本轮连续未填报的第一个截止日（系统发起）' })
  @Column({ type: 'date', nullable: true })
  runStartDeadline: string | null;
  @Field(() => ID, { nullable: true, description: '市级核实“不再符合条件”的变化报告' })
  @Column({ type: 'int', nullable: true })
  changeReportId: number | null;
  @Column({ type: 'int', nullable: true }) openInstitutionId: number | null;
  @Column({ type: 'int', nullable: true }) proposerId: number | null;
  @Field({ description: '发起人（系统、市级主管部门或省级主管部门）' }) @Column({ type: 'varchar', length: 100 }) proposerName: string;
  @Field() @Column({ type: 'datetime' }) openedAt: Date;
  @Field({ description: '发起日期（北京时间）' }) @Column({ type: 'date' }) openedOn: string;
  @Field(() => String, { nullable: true, description: '会议日期' }) @Column({ type: 'date', nullable: true }) meetingDate: string | null;
  @Field(() => String, { nullable: true, description: '会议纪要文号' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  meetingMinuteRef: string | null;
  @Field(() => String, { nullable: true, description: '决定意见' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  decisionNote: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) decidedByName: string | null;
  @Field(() => String, { nullable: true, description: '移出生效日期' }) @Column({ type: 'date', nullable: true }) effectiveDate:
    string | null;
  @Field(() => Date, { nullable: true, description: '移出生效时间' }) @Column({ type: 'datetime', nullable: true }) removedAt: Date | null;
  @Field(() => String, { nullable: true, description: '禁止再次入库截止日（含当日，第十二条）' })
  @Column({ type: 'date', nullable: true })
  banUntil: string | null;
  @Field(() => Int, { nullable: true, description: '生效时关闭的未完成预约数' })
  @Column({ type: 'int', nullable: true })
  closedBookings: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true, description: '撤销理由' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  withdrawReason: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) withdrawnByName: string | null;
  /**
   * The last job run that wrote the row (the escalation opening it, or the removal job applying it): each run reads
   * back and notifies only its own rows.
   */
  @Column({ type: 'varchar', length: 36, nullable: true }) runId: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** PROVINCE decides; the bureaus of the place follow their institutions' cases; the institution sees its own. */
export const REMOVAL_CASE_ROWS: ScopeRule = { place: 'divisionCode', institution: 'institutionId' };
