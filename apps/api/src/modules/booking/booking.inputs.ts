import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs, SortInputType } from '../../common/pagination';
import { BookingStatus } from './booking.entity';
import { IsDateInRange, MatchesFormat } from '../../common/validators';
import { ID_PATTERN } from '../../common/ids';
import { DIVISION_CODE_FORMAT, PHONE_FORMAT } from '@hebei/domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '预约服务产品' })
export class BookServiceInput {
  @Field(() => ID, { description: '服务产品' })
  @Matches(ID_PATTERN, { message: '服务产品编号无效' })
  productId: string;

  @Field({ description: '服务需求' })
  @Length(5, 2000, { message: '服务需求应为5–2000个字' })
  need: string;

  @Field({ description: '联系人' })
  @Length(1, 50, { message: '请填写联系人（最多50字）' })
  contactPerson: string;

  @Field({ description: '联系电话' })
  @MatchesFormat(PHONE_FORMAT)
  contactPhone: string;

  @Field(() => String, { nullable: true, description: '期望服务时间，如“12月上旬工作日上午”' })
  @IsOptional()
  @MaxLength(100, { message: '期望服务时间最多100个字' })
  preferredTime?: string | null;
}

@InputType({ description: '接受或完成预约时的说明（可选）' })
export class BookingNoteInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: '说明最多500个字' })
  note?: string | null;
}

@InputType({ description: '拒绝预约' })
export class DeclineBookingInput {
  @Field({ description: '拒绝理由（必填）' })
  @Length(1, 500, { message: '请填写拒绝理由（最多500字）' })
  reason: string;
}

@InputType({ description: '评价已完成的预约（每个预约一次）' })
export class RateBookingInput {
  @Field(() => Int, { description: '评分 1–5' })
  @Min(1, { message: '评分应为1–5分' })
  @Max(5, { message: '评分应为1–5分' })
  rating: number;

  @Field(() => String, { nullable: true, description: '评价内容' })
  @IsOptional()
  @MaxLength(500, { message: '评价内容最多500个字' })
  comment?: string | null;
}

@InputType({ description: '预约列表筛选' })
export class BookingFilter {
  @Field(() => BookingStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BookingStatus), { message: '预约状态无效' })
  status?: BookingStatus;

  @Field(() => Boolean, { nullable: true, description: '只看逾期（true）或未逾期（false）' })
  @IsOptional()
  @IsBoolean({ message: '是否逾期应为是或否' })
  overdue?: boolean;
}

export enum BookingSortField {
  ID = 'ID',
  REQUEST_DATE = 'REQUEST_DATE',
  RESPONSE_DEADLINE = 'RESPONSE_DEADLINE',
  PRODUCT_NAME = 'PRODUCT_NAME',
  STATUS = 'STATUS',
}
registerEnumType(BookingSortField, {
  name: 'BookingSortField',
  description: '预约列表排序字段',
  valuesConfig: {
    ID: { description: '提交顺序（提交时间）' },
    REQUEST_DATE: { description: '提交日期' },
    RESPONSE_DEADLINE: { description: '答复截止日' },
    PRODUCT_NAME: { description: '产品名称' },
    STATUS: { description: '状态' },
  },
});
export const BookingSort = SortInputType(BookingSortField, 'Booking');
export type BookingSort = InstanceType<typeof BookingSort>;

@ArgsType()
export class BookingsArgs extends PageArgs {
  @Field(() => BookingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BookingFilter;

  @Field(() => BookingSort, { nullable: true, description: '排序；缺省最新在前' })
  @IsOptional()
  @ValidateNested()
  sort?: BookingSort;
}

@InputType({ description: '逾期预约筛选（机关）' })
export class OverdueBookingFilter {
  @Field(() => String, { nullable: true, description: '市或县区划代码（在管辖范围内再缩小）' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;
}

@ArgsType()
export class OverdueBookingsArgs extends PageArgs {
  @Field(() => OverdueBookingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OverdueBookingFilter;
}

@InputType({ description: '预约统计筛选：按提交日期区间（含两端）与区划' })
export class BookingStatisticsFilter {
  @Field(() => String, { nullable: true, description: '市或县区划代码' })
  @IsOptional()
  @MatchesFormat(DIVISION_CODE_FORMAT)
  divisionCode?: string;

  @Field(() => String, { nullable: true, description: '起始日期 YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: '起始日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '起始日期不存在或超出1900–2100年' })
  from?: string;

  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: '截止日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '截止日期不存在或超出1900–2100年' })
  to?: string;
}

@ArgsType()
export class BookingStatisticsArgs extends PageArgs {
  @Field(() => BookingStatisticsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BookingStatisticsFilter;
}
