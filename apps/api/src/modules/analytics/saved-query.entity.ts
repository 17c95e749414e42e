import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserAccount } from '../auth/user.entity';

/**
 * A saved analytics query: its definition (the AnalyticsQueryInput as JSON), how its result is shown, and who may
 * open it — its owner, or everyone who may run queries when shared. Running it always applies the runner's scope.
 * System queries (no owner, a `systemKey`) back the dashboards' cards and are kept by the reference-data sync.
 */
@Entity('analytics_saved_query')
@Index(['ownerId', 'id'])
@Index(['shared', 'id'])
export class SavedAnalyticsQueryRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => UserAccount, { nullable: true })
  @JoinColumn({ name: 'ownerId' })
  owner?: UserAccount | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  systemKey: string | null;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ type: 'varchar', length: 40 })
  dataset: string;

  /** The query as the client sent it (normalised: no nulls), JSON. */
  @Column({ type: 'text' })
  definition: string;

  /** How the result is shown (chart type and axes), JSON. */
  @Column({ type: 'text', nullable: true })
  chart: string | null;

  @Column({ type: 'datetime', nullable: true })
  lastRunAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
