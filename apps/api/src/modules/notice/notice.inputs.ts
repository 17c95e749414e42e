import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ID_PATTERN } from '../../common/ids';
import { CaptchaAnswerInput } from '../captcha/captcha.inputs';

@InputType({ description: '公示异议' })
export class ObjectionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '公示对象无效' }) applicationId: string;
  @Field({ description: '异议人姓名或单位' }) @Length(1, 50, { message: '请填写异议人姓名（最多50字）' }) name: string;
  @Field({ description: '联系方式' }) @Length(5, 100, { message: '请填写有效的联系方式' }) contact: string;
  @Field({ description: '异议内容' }) @Length(10, 2000, { message: '异议内容应为10–2000字' }) content: string;
  @Field(() => CaptchaAnswerInput, { nullable: true, description: '图形验证码（必填；缺少时答 CAPTCHA_REQUIRED）' })
  @IsOptional()
  @ValidateNested()
  captcha?: CaptchaAnswerInput | null;
}

@InputType({ description: '处理异议' })
export class ResolveObjectionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '异议编号无效' }) objectionId: string;
  @Field({ description: 'true：异议成立，该申请不予入库；false：异议不成立' }) upheld: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: '处理意见最多1000字' }) resolution?: string;
}
