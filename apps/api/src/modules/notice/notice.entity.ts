import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '公示（5个工作日）' })
@Entity('public_notice')
export class PublicNotice {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Index() @Column({ type: 'int' }) batchId: number;
  @Field({ description: '公示开始日期' }) @Column({ type: 'date' }) publishedOn: string;
  @Field({ description: '公示截止日期（当日24时结束）' }) @Index() @Column({ type: 'date' }) endsOn: string;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
}

export enum ObjectionStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus', description: '异议状态：待处理 / 成立 / 不成立' });

@ObjectType({ description: '公示异议' })
@Entity('objection')
@Index(['ip', 'createdAt'])
export class Objection {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Index() @Column({ type: 'int' }) applicationId: number;
  @Field(() => ID) @Column({ type: 'int' }) noticeId: number;
  @Field({ description: '异议人' }) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field({ description: '联系方式' }) @Column({ type: 'varchar', length: 100 }) contact: string;
  @Field({ description: '异议内容' }) @Column({ type: 'text' }) content: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @Field(() => ObjectionStatus) @Column({ type: 'varchar', length: 10, default: ObjectionStatus.PENDING }) status: ObjectionStatus;
  @Field(() => String, { nullable: true, description: '处理意见' }) @Column({ type: 'text', nullable: true }) resolution: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) resolvedAt: Date | null;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
  /** Compare-and-set guard: an objection is resolved once, by one officer. */
  @Column({ type: 'int', default: 1 }) version: number;
}
