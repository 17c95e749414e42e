import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum JobTrigger {
  SCHEDULED = 'SCHEDULED',
  STARTUP = 'STARTUP',
  MANUAL = 'MANUAL',
}
registerEnumType(JobTrigger, {
  name: 'JobTrigger',
  description: '触发方式',
  valuesConfig: {
    SCHEDULED: { description: '定时' },
    STARTUP: { description: '启动时' },
    MANUAL: { description: '手动（立即执行）' },
  },
});

export enum JobRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** The holder's lease ran out before it finished (the process died); another holder took the job over. */
  ABANDONED = 'ABANDONED',
}
registerEnumType(JobRunStatus, {
  name: 'JobRunStatus',
  description: '执行状态',
  valuesConfig: {
    RUNNING: { description: '执行中' },
    SUCCEEDED: { description: '成功' },
    FAILED: { description: '失败' },
    ABANDONED: { description: '中断（执行进程退出，租约过期）' },
  },
});

// Milliseconds matter for leases and due times; MySQL's plain DATETIME would drop them.
const instant = { type: 'datetime' as const, precision: 3 };

/**
 * One row per registered job: who holds it (lease) and when it last started. Taken and released with
 * compare-and-set on this row, so replicas on one database never run a job twice at once (ADR 0009).
 */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** The scheduler instance (host:pid:random) holding the lease; null when free. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  holder: string | null;

  /** The lease is void after this instant, whoever holds it (a holder that died). */
  @Column({ ...instant, nullable: true })
  leaseUntil: Date | null;

  /** Start of the latest run by any trigger; the job is due again `intervalMs` later. */
  @Column({ ...instant, nullable: true })
  lastStartedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  lastRunId: number | null;
}

@ObjectType({ description: '定时任务执行记录', simpleResolvers: true })
@Entity('job_run')
@Index(['name', 'id'])
export class JobRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: '任务名' })
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field(() => JobTrigger)
  @Column({ type: 'varchar', length: 16 })
  trigger: JobTrigger;

  @Field(() => JobRunStatus)
  @Column({ type: 'varchar', length: 16 })
  status: JobRunStatus;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true, description: '手动执行的操作人用户名；定时执行为空（系统）' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Field({ description: '执行节点（主机:进程）' })
  @Column({ type: 'varchar', length: 128 })
  holder: string;

  @Field()
  @Column(instant)
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ ...instant, nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: '处理条数；未结束时为空' })
  @Column({ type: 'int', nullable: true })
  rowsTouched: number | null;

  @Field(() => String, { nullable: true, description: '失败原因（截断）' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage: string | null;
}
