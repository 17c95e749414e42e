import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { InstitutionType, RegistryStatus, ServiceNature } from '../../common/enums';
import { decimalToNumber } from '../../common/numeric.transformer';
import { Division } from '../division/division.entity';
import { ServiceCategory } from '../catalog/service-category.entity';
import { PersonalData } from '../../common/personal-data';
import { ScopeRule } from '../../common/scope';

const money = { type: 'decimal' as const, precision: 14, scale: 2, nullable: true, transformer: decimalToNumber };

@ObjectType({ description: '服务机构（附件2 申请表单位信息 + 入库状态）' })
@Entity('institution')
@Index(['divisionCode', 'id'])
@Index(['registryStatus', 'id'])
@Index(['nature', 'id'])
// 服务机构 sorted by name or admission date (issue #12 item 4).
@Index(['name', 'id'])
@Index(['admittedOn', 'id'])
// Public registry browsing (modules/browse): admitted rows in name or admission order, and a covering index for the
// place filter with its counts and facets (docs/benchmarks.md).
@Index(['registryStatus', 'name', 'id'])
@Index(['registryStatus', 'admittedOn', 'id'])
@Index(['registryStatus', 'divisionCode', 'nature'])
export class Institution {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: '单位名称' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: '统一社会信用代码' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Field(() => InstitutionType, { nullable: true, description: '机构性质' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  institutionType: InstitutionType | null;

  @Field(() => ServiceNature, { nullable: true, description: '服务性质' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  nature: ServiceNature | null;

  @Field({ description: '所在县（市、区）区划代码' })
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @ManyToOne(() => Division, { nullable: false })
  @JoinColumn({ name: 'divisionCode' })
  divisionRef?: Division;

  @Field(() => String, { nullable: true, description: '地址' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '邮政编码' })
  @Column({ type: 'varchar', length: 6, nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  legalRepresentative: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  foundedOn: string | null;

  @Field(() => Float, { nullable: true, description: '注册资本（万元）' })
  @Column(money)
  registeredCapital: number | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话（分析人员可见脱敏值）' })
  @PersonalData('phone')
  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: '电子信箱（分析人员可见脱敏值）' })
  @PersonalData('email')
  @Column({ type: 'varchar', length: 100, nullable: true })
  email: string | null;

  @Field(() => Int, { nullable: true, description: '从业人数' })
  @Column({ type: 'int', nullable: true })
  employees: number | null;

  @Field(() => Int, { nullable: true, description: '大专以上和中级职称以上人数' })
  @Column({ type: 'int', nullable: true })
  qualifiedStaff: number | null;

  @Field(() => Int, { nullable: true, description: '合作专家数量' })
  @Column({ type: 'int', nullable: true })
  cooperatingExperts: number | null;

  @Field(() => Int, { nullable: true, description: '其中副高级以上专家数量' })
  @Column({ type: 'int', nullable: true })
  seniorExperts: number | null;

  @Field(() => Int, { nullable: true, description: '签有协议的合作机构数量' })
  @Column({ type: 'int', nullable: true })
  cooperatingInstitutions: number | null;

  @Field(() => Float, { nullable: true, description: '服务资产（万元）' })
  @Column(money)
  serviceAssets: number | null;

  @Field(() => Float, { nullable: true, description: '总资产（万元）' })
  @Column(money)
  totalAssets: number | null;

  @Field(() => Float, { nullable: true, description: '服务场地（平方米）' })
  @Column({ ...money, precision: 12 })
  premisesArea: number | null;

  @Field(() => String, { nullable: true, description: '主要服务方向选“其他”时的文字描述' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  otherCategoryDescription: string | null;

  @Field(() => RegistryStatus, { description: '入库状态' })
  @Column({ type: 'varchar', length: 20, default: RegistryStatus.APPLICANT })
  registryStatus: RegistryStatus;

  /** What the public registry index holds for it (written only by RegistryIndex.refresh; null: not in it). */
  @Column({ type: 'varchar', length: 400, nullable: true, select: false })
  registryIndexKey?: string | null;

  @Field(() => String, { nullable: true, description: '入库日期 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  admittedOn: string | null;

  @Field(() => String, { nullable: true, description: '禁止再次入库截止日（第十二条，含当日）' })
  @Column({ type: 'date', nullable: true })
  reentryBanUntil: string | null;

  @Field(() => String, { nullable: true, description: '机构简介（公开展示，机构自行维护）' })
  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  @Field(() => String, { nullable: true, description: '网站（公开展示，机构自行维护）' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  @OneToMany(() => InstitutionMainCategory, (c) => c.institution, { cascade: false })
  mainCategoryRows?: InstitutionMainCategory[];

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** Main service directions (主要服务方向), at most two per institution (Art. 6(3), Attachment 4). */
@Entity('institution_main_category')
@Index(['categoryCode', 'institutionId'])
export class InstitutionMainCategory {
  @PrimaryColumn({ type: 'int' })
  institutionId: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  categoryCode: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Institution, (i) => i.mainCategoryRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institutionId' })
  institution?: Institution;

  @ManyToOne(() => ServiceCategory, { nullable: false })
  @JoinColumn({ name: 'categoryCode' })
  category?: ServiceCategory;
}

/**
 * Who sees an institution's row: bureaus in its place, the institution itself; anyone else only the admitted ones, and
 * only through the public types (browse) — the officer type `Institution` is not served to enterprises or visitors.
 */
export const INSTITUTION_ROWS: ScopeRule = {
  place: 'divisionCode',
  institution: 'id',
  public: (alias) => ({ sql: `${alias}.registryStatus = :publicAdmitted`, params: { publicAdmitted: RegistryStatus.ADMITTED } }),
};
