import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Institution } from '../institution/institution.entity';
import { CHANGE_FIELD_LABELS, CHANGE_REPORT_STATUS_LABELS, CHANGE_TYPE_LABELS } from '@hebei/domain';
import { ScopeRule } from '../../common/scope';

export enum ChangeType {
  RENAME = 'RENAME',
  MERGER = 'MERGER',
  RESTRUCTURING = 'RESTRUCTURING',
  RELOCATION = 'RELOCATION',
  OTHER = 'OTHER',
}
registerEnumType(ChangeType, {
  name: 'ChangeType',
  description: '重大变化类型（第十一条）',
  valuesConfig: Object.fromEntries(Object.entries(CHANGE_TYPE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ChangeReportStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED_ELIGIBLE = 'VERIFIED_ELIGIBLE',
  VERIFIED_INELIGIBLE = 'VERIFIED_INELIGIBLE',
}
registerEnumType(ChangeReportStatus, {
  name: 'ChangeReportStatus',
  description: '重大变化报告状态',
  valuesConfig: Object.fromEntries(Object.entries(CHANGE_REPORT_STATUS_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ChangeField {
  name = 'name',
  uscc = 'uscc',
  legalRepresentative = 'legalRepresentative',
  address = 'address',
  postalCode = 'postalCode',
  divisionCode = 'divisionCode',
}
registerEnumType(ChangeField, {
  name: 'ChangeField',
  description: '可报告变化的登记信息',
  valuesConfig: Object.fromEntries(Object.entries(CHANGE_FIELD_LABELS).map(([k, v]) => [k, { description: v }])),
});

/** A major change report (重大变化情况报告表, Art. 11): submitted by the institution, verified by its city bureau. */
@ObjectType({ description: '重大变化报告（第十一条）', simpleResolvers: true })
@Entity('change_report')
@Index(['institutionId', 'id'])
@Index(['status', 'divisionCode', 'id'])
export class ChangeReport {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;
  @Field({ description: '报告时机构所在县（市、区）：由其市级主管部门核实' }) @Column({ type: 'varchar', length: 6 }) divisionCode: string;
  @Field(() => ChangeType) @Column({ type: 'varchar', length: 16 }) type: ChangeType;
  @Field({ description: '变化发生日期' }) @Column({ type: 'date' }) changeDate: string;
  @Field({ description: '应报告截止日（变化后3个月内）' }) @Column({ type: 'date' }) dueDate: string;
  @Field({ description: '是否逾期报告' }) @Column({ type: 'boolean', default: false }) late: boolean;
  @Field({ description: '变化情况说明' }) @Column({ type: 'text' }) description: string;
  @Field(() => ChangeReportStatus)
  @Column({ type: 'varchar', length: 20, default: ChangeReportStatus.SUBMITTED })
  status: ChangeReportStatus;
  @Field() @Column({ type: 'datetime' }) submittedAt: Date;
  @Field({ description: '报告日期（北京时间）' }) @Column({ type: 'date' }) submittedOn: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) submittedByName: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) verifiedAt: Date | null;
  @Field(() => String, { nullable: true, description: '核实部门' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  verifiedByName: string | null;
  @Field(() => String, { nullable: true, description: '核实意见；不再符合条件时为理由' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  verificationNote: string | null;
  @Field(() => ID, { nullable: true, description: '不再符合条件时发起的移出案件' })
  @Column({ type: 'int', nullable: true })
  removalCaseId: number | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
  /** Not a column: the changed fields when the list query joined them (ChangeService.list); else the loader reads them. */
  fields?: ChangeReportField[];
}

/** One changed field: the registry value when reported (kept in history) and the value after the change. */
@ObjectType({ description: '变化事项（变化前 → 变化后）', simpleResolvers: true })
@Entity('change_report_field')
@Index(['changeReportId', 'position'])
export class ChangeReportField {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) changeReportId: number;
  @Field(() => ChangeField) @Column({ type: 'varchar', length: 32 }) field: ChangeField;
  @Field(() => String, { nullable: true, description: '变化前（报告时的登记信息）' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  beforeValue: string | null;
  @Field({ description: '变化后' }) @Column({ type: 'varchar', length: 255 }) afterValue: string;
  @Column({ type: 'int' }) position: number;
}

/** The institution's own reports; the bureaus of its place. Nothing public. */
export const CHANGE_REPORT_ROWS: ScopeRule = { place: 'divisionCode', institution: 'institutionId' };
