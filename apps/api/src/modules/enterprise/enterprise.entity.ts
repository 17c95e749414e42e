import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Division } from '../division/division.entity';
import { PersonalData } from '../../common/personal-data';
import { ScopeRule } from '../../common/scope';

@ObjectType({ description: '中小企业' })
@Entity('enterprise')
export class Enterprise {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Field()
  @Index()
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @ManyToOne(() => Division, { nullable: false })
  @JoinColumn({ name: 'divisionCode' })
  divisionRef?: Division;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true })
  @PersonalData('phone')
  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** An enterprise's record is its own; nothing of it is public. */
export const ENTERPRISE_ROWS: ScopeRule = { enterprise: 'id' };
