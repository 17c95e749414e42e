import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Institution } from '../institution/institution.entity';
import { RegistryStatus } from '../../common/enums';
import { ScopeRule } from '../../common/scope';

@ObjectType({ description: '服务案例（第十三条第（一）项）', simpleResolvers: true })
@Entity('service_case')
@Index(['institutionId', 'servedOn', 'id'])
export class ServiceCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: '所属服务机构' })
  @Column({ type: 'int' })
  institutionId: number;

  @ManyToOne(() => Institution, { nullable: false })
  @JoinColumn({ name: 'institutionId' })
  institution?: Institution;

  @Field({ description: '案例标题' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: '服务企业名称' })
  @Column({ type: 'varchar', length: 200 })
  enterpriseName: string;

  @Field({ description: '服务内容' })
  @Column({ type: 'text' })
  content: string;

  @Field({ description: '服务成效' })
  @Column({ type: 'text' })
  outcome: string;

  @Field({ description: '服务日期 YYYY-MM-DD' })
  @Column({ type: 'date' })
  servedOn: string;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  /** Compare-and-set guard for edits. */
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** The institution maintains its cases; anyone sees those of admitted institutions. */
export const CASE_ROWS: ScopeRule = {
  institution: 'institutionId',
  public: (alias) => ({
    sql: `EXISTS (SELECT 1 FROM institution ci WHERE ci.id = ${alias}.institutionId AND ci.registryStatus = :publicAdmitted)`,
    params: { publicAdmitted: RegistryStatus.ADMITTED },
  }),
};
