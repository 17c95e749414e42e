import { Field, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches, Max, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { CalendarDayKind } from '../../common/enums';
import { IsDateInRange } from '../../common/validators';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '节假日或调休上班日' })
export class CalendarDayInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: '日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '日期不存在或超出1900–2100年' })
  date: string;

  @Field(() => CalendarDayKind)
  @IsIn(Object.values(CalendarDayKind), { message: '类型只能是节假日或调休上班日' })
  kind: CalendarDayKind;

  @Field({ description: '节日名称，如“春节”' })
  @Length(1, 50, { message: '名称应为1–50个字' })
  name: string;
}

@InputType({ description: '新增年度节假日安排' })
export class AddCalendarYearInput {
  @Field(() => Int)
  @Min(2000, { message: '年份应在2000–2100之间' })
  @Max(2100, { message: '年份应在2000–2100之间' })
  year: number;

  @Field({ description: '来源，如国务院办公厅通知文号' })
  @Length(1, 200, { message: '来源应为1–200个字' })
  source: string;

  @Field(() => [CalendarDayInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(120, { message: '一年最多120个特殊日期' })
  @ValidateNested({ each: true })
  days?: CalendarDayInput[];
}
