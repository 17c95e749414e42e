import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DivisionLevel } from '../../common/enums';

@ObjectType({ description: '行政区划（GB/T 2260，定州、辛集、雄安新区按市级管理）' })
@Entity('division')
export class Division {
  @Field({ description: '六位区划代码' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => DivisionLevel)
  @Column({ type: 'varchar', length: 10 })
  level: DivisionLevel;

  @Field(() => String, { nullable: true, description: '本库口径的上级（市级单位或省）' })
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 中的上级' })
  @Column({ type: 'varchar', length: 6, nullable: true })
  gbParentCode: string | null;

  @Field({ description: '是否按市级管理（第八条第（二）项：定州、辛集、雄安新区）' })
  @Column({ type: 'boolean', default: false })
  cityLevel: boolean;
}
