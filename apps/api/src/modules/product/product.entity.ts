import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ServiceCategory } from '../catalog/service-category.entity';
import { Institution } from '../institution/institution.entity';
import { RegistryStatus } from '../../common/enums';
import { ScopeRule } from '../../common/scope';

/** A product's own charging nature (Art. 13(1)); not the institution's ServiceNature (公益性/社会化). */
export enum ProductNature {
  FREE = 'FREE',
  PAID = 'PAID',
}
registerEnumType(ProductNature, {
  name: 'ProductNature',
  description: '服务产品性质',
  valuesConfig: { FREE: { description: '公益（免费）' }, PAID: { description: '收费' } },
});

@ObjectType({ description: '服务产品（第十三条第（一）项）', simpleResolvers: true })
@Entity('service_product')
@Index(['institutionId', 'published', 'id'])
@Index(['categoryCode', 'id'])
export class ServiceProduct {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: '所属服务机构' })
  @Column({ type: 'int' })
  institutionId: number;

  @ManyToOne(() => Institution, { nullable: false })
  @JoinColumn({ name: 'institutionId' })
  institution?: Institution;

  @Field({ description: '产品名称' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: '服务类别代码（九类之一）' })
  @Column({ type: 'varchar', length: 32 })
  categoryCode: string;

  @ManyToOne(() => ServiceCategory, { nullable: false })
  @JoinColumn({ name: 'categoryCode' })
  categoryRef?: ServiceCategory;

  @Field(() => ProductNature, { description: '公益（免费）或收费' })
  @Column({ type: 'varchar', length: 10 })
  nature: ProductNature;

  @Field({ description: '服务内容' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { nullable: true, description: '收费说明（收费产品必填）' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  priceNote: string | null;

  @Field({ description: '是否已发布（仅已发布产品对外展示、可预约）' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field(() => Date, { nullable: true, description: '最近一次发布时间' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** The institution maintains its products; anyone sees the published products of admitted institutions. */
export const PRODUCT_ROWS: ScopeRule = {
  institution: 'institutionId',
  public: (alias) => ({
    sql: `(${alias}.published = :publicPublished AND EXISTS (SELECT 1 FROM institution pi WHERE pi.id = ${alias}.institutionId AND pi.registryStatus = :publicAdmitted))`,
    params: { publicPublished: true, publicAdmitted: RegistryStatus.ADMITTED },
  }),
};
