import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export enum BatchStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(BatchStatus, { name: 'BatchStatus', description: '批次状态：未开放 / 申报中 / 已截止' });

@ObjectType({ description: '申报批次（如 2025年第一批）' })
@Entity('batch')
export class Batch {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: '批次名称' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field({ description: '线上填报截止日期（含当日）' })
  @Column({ type: 'date' })
  onlineDeadline: string;

  @Field({ description: '纸质材料报送截止日期（含当日）' })
  @Column({ type: 'date' })
  paperDeadline: string;

  @Field(() => BatchStatus)
  @Column({ type: 'varchar', length: 10, default: BatchStatus.DRAFT })
  status: BatchStatus;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
