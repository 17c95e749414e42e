import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '审计日志' })
@Entity('audit_log')
@Index(['entityType', 'entityId'])
@Index(['actorUsername', 'id'])
@Index(['action', 'id'])
@Index(['entityType', 'id'])
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true, description: '操作人用户名' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Field({ description: '操作，如 LOGIN、CREATE_INSTITUTION' })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field({ description: '对象类型' })
  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Field(() => String, { nullable: true, description: '对象标识' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  // MEDIUMTEXT on MySQL (16 MB): a maximal application form is several hundred KB, over TEXT's 64 KB.
  @Field(() => String, { nullable: true, description: '变更前（JSON）' })
  @Column({ type: 'mediumtext', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: '变更后（JSON）' })
  @Column({ type: 'mediumtext', nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Field()
  @Index()
  @Column({ type: 'datetime' })
  createdAt: Date;
}
