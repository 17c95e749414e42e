import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CalendarDayKind } from '../../common/enums';

@ObjectType({ description: '已加载节假日安排的年份' })
@Entity('calendar_year')
export class CalendarYear {
  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Field({ description: '数据来源，如“国务院办公厅通知”或“手工维护”' })
  @Column({ type: 'varchar', length: 200 })
  source: string;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

@ObjectType({ description: '节假日或调休上班日' })
@Entity('calendar_day')
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => Int)
  @Index()
  @Column({ type: 'int' })
  year: number;

  @Field(() => CalendarDayKind)
  @Column({ type: 'varchar', length: 20 })
  kind: CalendarDayKind;

  @Field({ description: '节日名称，如“春节”' })
  @Column({ type: 'varchar', length: 50 })
  name: string;
}

/**
 * One row, bumped in the same transaction as every calendar edit. Each API process compares it with the version of
 * its cached calendar before computing a deadline, so an edit on one replica holds on all of them at once.
 */
@Entity('calendar_version')
export class CalendarVersion {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  version: number;
}
