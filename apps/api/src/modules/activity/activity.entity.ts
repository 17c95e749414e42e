import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ACTIVITY_TYPE_LABELS, participationMachine } from '@hebei/domain';
import { ScopeRule } from '../../common/scope';
import { Institution } from '../institution/institution.entity';

export enum ActivityType {
  HUNDRED_SESSIONS = 'HUNDRED_SESSIONS',
  YIQI_YIQI = 'YIQI_YIQI',
  DIGITAL = 'DIGITAL',
  TECH_RESULTS = 'TECH_RESULTS',
  QUALITY_BRAND = 'QUALITY_BRAND',
  SPECIALIZED = 'SPECIALIZED',
  OTHER = 'OTHER',
}
registerEnumType(ActivityType, {
  name: 'ActivityType',
  description: '公益服务活动类型（第十三条第（三）项、第十四条）',
  valuesConfig: Object.fromEntries(Object.entries(ACTIVITY_TYPE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ParticipationStatus {
  REPORTED = 'REPORTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: '参与状态',
  valuesConfig: Object.fromEntries(Object.entries(participationMachine.def.states).map(([k, v]) => [k, { description: v }])),
});

/** A public-welfare activity organised by PROVINCE or a CITY bureau (`organiserCode` is the bureau's division). */
@ObjectType({ description: '公益服务活动', simpleResolvers: true })
@Entity('welfare_activity')
@Index(['activityDate', 'id'])
@Index(['organiserCode', 'id'])
export class WelfareActivity {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ActivityType) @Column({ type: 'varchar', length: 20 }) type: ActivityType;
  @Field({ description: '活动名称' }) @Column({ type: 'varchar', length: 200 }) title: string;
  @Field({ description: '活动日期' }) @Column({ type: 'date' }) activityDate: string;
  @Field({ description: '地点' }) @Column({ type: 'varchar', length: 200 }) place: string;
  @Field({ description: '主办部门行政区划' }) @Column({ type: 'varchar', length: 6 }) organiserCode: string;
  @Field({ description: '主办部门' }) @Column({ type: 'varchar', length: 100 }) organiserName: string;
  @Field(() => Int, { description: '服务企业数' }) @Column({ type: 'int', default: 0 }) enterprisesReached: number;
  @Field(() => String, { nullable: true, description: '活动简介' }) @Column({ type: 'varchar', length: 2000, nullable: true }) description:
    string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** Activities are public events (the registry shows each institution's confirmed ones). */
export const WELFARE_ACTIVITY_ROWS: ScopeRule = { public: () => ({ sql: '1 = 1' }) };

/** An institution's participation: listed by the organiser (confirmed) or reported by the institution (to confirm). */
@ObjectType({ description: '公益活动参与记录', simpleResolvers: true })
@Entity('activity_participation')
@Index(['activityId', 'institutionId'], { unique: true })
@Index(['institutionId', 'status'])
@Index(['status', 'id'])
export class ActivityParticipation {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) activityId: number;
  @ManyToOne(() => WelfareActivity, { nullable: false }) @JoinColumn({ name: 'activityId' }) activity?: WelfareActivity;
  @Field(() => ID) @Column({ type: 'int' }) institutionId: number;
  @ManyToOne(() => Institution, { nullable: false }) @JoinColumn({ name: 'institutionId' }) institution?: Institution;
  @Field() @Column({ type: 'varchar', length: 200 }) institutionName: string;
  @Field() @Column({ type: 'varchar', length: 6 }) divisionCode: string;
  @Field(() => ParticipationStatus) @Column({ type: 'varchar', length: 12 }) status: ParticipationStatus;
  @Field(() => String, { nullable: true, description: '参与情况说明' }) @Column({ type: 'varchar', length: 1000, nullable: true }) note:
    string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) confirmedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) confirmedByName: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field() @CreateDateColumn({ type: 'datetime' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'datetime' }) updatedAt: Date;
}

/** Bureaus of the institution's place and the institution see every participation; everyone the confirmed ones. */
export const PARTICIPATION_ROWS: ScopeRule = {
  place: 'divisionCode',
  institution: 'institutionId',
  public: (alias) => ({ sql: `${alias}.status = :publicConfirmed`, params: { publicConfirmed: ParticipationStatus.CONFIRMED } }),
};
