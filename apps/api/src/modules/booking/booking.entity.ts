import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution } from '../institution/institution.entity';
import { ServiceProduct } from '../product/product.entity';
import { PersonalData } from '../../common/personal-data';
import { ScopeRule } from '../../common/scope';

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: '预约状态',
  valuesConfig: {
    REQUESTED: { description: '待答复' },
    ACCEPTED: { description: '已接受' },
    DECLINED: { description: '已拒绝' },
    COMPLETED: { description: '已完成' },
    CLOSED: { description: '已关闭（服务机构移出服务资源库）' },
    CANCELLED: { description: '已取消（企业在服务机构答复前取消）' },
  },
});

/** An enterprise's booking of a service product (Art. 13(2)): answered within 5 working days. */
@ObjectType({ description: '服务预约（第十三条第（二）项）', simpleResolvers: true })
@Entity('service_booking')
@Index(['institutionId', 'status', 'id'])
// Sorted inbox and 我的预约 (issue #12 item 4): (owner, column, id) serves both directions.
@Index(['institutionId', 'requestDate', 'id'])
@Index(['institutionId', 'responseDeadline', 'id'])
@Index(['enterpriseId', 'requestDate', 'id'])
@Index(['enterpriseId', 'responseDeadline', 'id'])
@Index(['enterpriseId', 'id'])
@Index(['productId'])
@Index(['status', 'overdue', 'responseDeadline'])
@Index(['overdue', 'id'])
@Index(['divisionCode', 'overdue'])
@Index(['deadlineProvisional'])
// Analytics summaries by place and request date (response rate, ratings): grouped in index order, covering
// (docs/benchmarks.md, analysts' queries).
@Index(['divisionCode', 'requestDate', 'rating', 'respondedOn', 'responseDeadline', 'overdue'])
export class ServiceBooking {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  productId: number;

  @ManyToOne(() => ServiceProduct, { nullable: false })
  @JoinColumn({ name: 'productId' })
  product?: ServiceProduct;

  @Field({ description: '预约时的产品名称' })
  @Column({ type: 'varchar', length: 100 })
  productName: string;

  @Field(() => ID)
  @Column({ type: 'int' })
  institutionId: number;

  @ManyToOne(() => Institution, { nullable: false })
  @JoinColumn({ name: 'institutionId' })
  institution?: Institution;

  @Field({ description: '服务机构所在县（市、区），预约时记录' })
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Field(() => ID)
  @Column({ type: 'int' })
  enterpriseId: number;

  @ManyToOne(() => Enterprise, { nullable: false })
  @JoinColumn({ name: 'enterpriseId' })
  enterpriseRef?: Enterprise;

  @Field({ description: '服务需求' })
  @Column({ type: 'text' })
  need: string;

  @Field({ description: '联系人' })
  @Column({ type: 'varchar', length: 50 })
  contactPerson: string;

  @Field({ description: '联系电话' })
  @PersonalData('phone')
  @Column({ type: 'varchar', length: 30 })
  contactPhone: string;

  @Field(() => String, { nullable: true, description: '期望服务时间' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  preferredTime: string | null;

  @Field(() => BookingStatus)
  @Column({ type: 'varchar', length: 12, default: BookingStatus.REQUESTED })
  status: BookingStatus;

  @Field({ description: '提交时间' })
  @Column({ type: 'datetime' })
  requestedAt: Date;

  @Field({ description: '提交日期（北京时间）YYYY-MM-DD' })
  @Column({ type: 'date' })
  requestDate: string;

  @Field({ description: '答复截止日（该日24时前），提交日之后第5个工作日' })
  @Column({ type: 'date' })
  responseDeadline: string;

  @Field({ description: '截止日涉及尚未加载节假日安排的年份，暂按周一至周五计算，加载后重算' })
  @Column({ type: 'boolean', default: false })
  deadlineProvisional: boolean;

  @Field({ description: '是否逾期（超过截止日未答复）' })
  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  @Field(() => Date, { nullable: true, description: '标记逾期的时间' })
  @Column({ type: 'datetime', nullable: true })
  overdueFlaggedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '答复（接受或拒绝）时间' })
  @Column({ type: 'datetime', nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: '答复日期（北京时间）' })
  @Column({ type: 'date', nullable: true })
  respondedOn: string | null;

  @Field(() => String, { nullable: true, description: '答复说明；拒绝时为拒绝理由' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  responseNote: string | null;

  @Field(() => Date, { nullable: true, description: '服务完成时间' })
  @Column({ type: 'datetime', nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: '完成说明' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  completionNote: string | null;

  @Field(() => Date, { nullable: true, description: '关闭时间（服务机构移出服务资源库时关闭未完成的预约）' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: '关闭原因' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  closeReason: string | null;

  @Field(() => Int, { nullable: true, description: '企业评分 1–5' })
  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true, description: '企业评价' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  ratedAt: Date | null;

  /** Compare-and-set guard for every transition. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

/**
 * A booking is between an enterprise and an institution; the bureaus of the institution's place see it once it is
 * overdue (Art. 13(2): they follow up on institutions that do not answer in 5 working days). Nothing is public.
 */
export const BOOKING_ROWS: ScopeRule = {
  place: 'divisionCode',
  institution: 'institutionId',
  enterprise: 'enterpriseId',
  officer: (alias) => ({ sql: `${alias}.overdue = :officerOverdue`, params: { officerOverdue: true } }),
};

/**
 * Counting bookings (analytics, dashboards): a bureau counts every booking of its places, not only the overdue ones —
 * response within 5 working days is what Art. 13(2) asks it to follow. The analytics catalogue carries no need,
 * contact or comment of a booking, so the rows an officer sees there hold dates, status and rating only.
 */
export const BOOKING_ANALYTICS_ROWS: ScopeRule = { ...BOOKING_ROWS, officer: undefined };
