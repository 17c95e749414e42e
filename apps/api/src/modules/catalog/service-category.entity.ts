import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: '服务类别（第九条）', simpleResolvers: true })
@Entity('service_category')
export class ServiceCategory {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 20 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;
}
