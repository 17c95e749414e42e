import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { IsDateInRange } from '../../common/validators';

@InputType({ description: '服务案例' })
export class ServiceCaseInput {
  @Field({ description: '案例标题' })
  @Length(2, 200, { message: '案例标题应为2–200个字' })
  title: string;

  @Field({ description: '服务企业名称' })
  @Length(2, 200, { message: '服务企业名称应为2–200个字' })
  enterpriseName: string;

  @Field({ description: '服务内容' })
  @Length(10, 2000, { message: '服务内容应为10–2000个字' })
  content: string;

  @Field({ description: '服务成效' })
  @Length(2, 2000, { message: '服务成效应为2–2000个字' })
  outcome: string;

  @Field({ description: '服务日期 YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '服务日期格式应为 YYYY-MM-DD' })
  @IsDateInRange({ message: '服务日期不存在或超出1900–2100年' })
  servedOn: string;
}
