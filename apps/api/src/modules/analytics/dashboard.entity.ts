import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SavedAnalyticsQueryRow } from './saved-query.entity';

/** A dashboard is shared saved queries arranged as cards; each viewer's run is scoped to the viewer (SPEC §6). */
@Entity('analytics_dashboard')
export class AnalyticsDashboardRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'varchar', length: 50 })
  title: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

@Entity('analytics_dashboard_card')
@Index(['dashboardId', 'position'])
@Index(['savedQueryId'])
export class AnalyticsDashboardCardRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  dashboardId: number;

  @ManyToOne(() => AnalyticsDashboardRow, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dashboardId' })
  dashboard?: AnalyticsDashboardRow;

  @Column({ type: 'int' })
  savedQueryId: number;

  @ManyToOne(() => SavedAnalyticsQueryRow, { nullable: false })
  @JoinColumn({ name: 'savedQueryId' })
  savedQuery?: SavedAnalyticsQueryRow;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 50, nullable: true })
  title: string | null;

  /** 1 = half a row, 2 = a whole row. */
  @Column({ type: 'int', default: 1 })
  width: number;

  /** How the card shows its query (overrides the query's own chart), JSON. */
  @Column({ type: 'text', nullable: true })
  chart: string | null;
}
