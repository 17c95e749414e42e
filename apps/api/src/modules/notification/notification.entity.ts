import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A notice to one user (fanned out at write time from an institution, an enterprise, a bureau or a user), so that
 * each user has their own unread state and the bell is one indexed query.
 */
@ObjectType({ description: '站内通知', simpleResolvers: true })
@Entity('user_notification')
@Index(['userId', 'id'])
@Index(['userId', 'readAt'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) userId: number;
  @Field({ description: '类型，如 APPLICATION_RETURNED、BOOKING_REQUESTED' }) @Column({ type: 'varchar', length: 40 }) type: string;
  @Field() @Column({ type: 'varchar', length: 100 }) title: string;
  @Field() @Column({ type: 'varchar', length: 1000 }) body: string;
  @Field(() => String, { nullable: true, description: '相关对象类型，如 Application、ServiceBooking' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;
  @Field(() => ID, { nullable: true, description: '相关对象编号' }) @Column({ type: 'int', nullable: true }) subjectId: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) readAt: Date | null;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
}
