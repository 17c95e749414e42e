import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { IsDateInRange } from '../../common/validators';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '新建申报批次' })
export class BatchInput {
  @Field({ description: '批次名称，如 2025年第一批' })
  @Length(2, 50, { message: '批次名称应为2–50个字' })
  name: string;

  @Field({ description: '线上填报截止日期 YYYY-MM-DD' })
  @Matches(ISO, { message: '日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '线上截止日期不存在或超出1900–2100年' })
  onlineDeadline: string;

  @Field({ description: '纸质材料报送截止日期 YYYY-MM-DD' })
  @Matches(ISO, { message: '日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '纸质材料截止日期不存在或超出1900–2100年' })
  paperDeadline: string;
}
