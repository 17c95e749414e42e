import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '服务机构预约统计（按提交日期口径；年度评价复用同一SQL）', simpleResolvers: true })
export class InstitutionBookingStats {
  /** The institution id; named `id` for cursor pagination. */
  id: number;

  @Field(() => ID) institutionId: number;
  @Field({ description: '机构名称' }) institutionName: string;
  @Field({ description: '所在县（市、区）' }) divisionCode: string;
  @Field(() => Int, { description: '收到预约数' }) received: number;
  @Field(() => Int, { description: '已答复数（接受或拒绝）' }) responded: number;
  @Field(() => Int, { description: '按时答复数（截止日当天及以前）' }) respondedInTime: number;
  @Field(() => Int, { description: '逾期数（超过截止日未答复，含之后补答复的）' }) overdue: number;
  @Field(() => Int, { description: '应答复数：已答复 + 逾期未答复（尚在期限内的待答复不计）' }) due: number;
  @Field(() => Float, { nullable: true, description: '按时答复率 0–1 = 按时答复数 / 应答复数；无应答复预约时为空' }) onTimeRate:
    number | null;
  @Field(() => Float, { nullable: true, description: '平均评分（1–5，两位小数）' }) averageRating: number | null;
  @Field(() => Int, { description: '评价数' }) ratingCount: number;
}
