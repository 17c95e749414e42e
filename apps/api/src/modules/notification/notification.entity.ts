import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '站内通知' })
@Entity('notification')
@Index(['institutionId', 'id'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) institutionId: number;
  @Field({ description: '类型，如 APPLICATION_RETURNED' }) @Column({ type: 'varchar', length: 40 }) type: string;
  @Field() @Column({ type: 'varchar', length: 100 }) title: string;
  @Field() @Column({ type: 'text' }) body: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) applicationId: number | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', nullable: true }) readAt: Date | null;
  @Field() @Column({ type: 'datetime' }) createdAt: Date;
}
