import { Field, InputType } from 'type-graphql';
import { Length } from 'class-validator';

@InputType({ description: '图形验证码的答案' })
export class CaptchaAnswerInput {
  @Field({ description: '验证码编号（captcha 查询返回的 id）' })
  @Length(1, 400, { message: '验证码无效，请刷新' })
  id: string;

  @Field({ description: '图中字符（不区分大小写）' })
  @Length(1, 16, { message: '请输入图形验证码' })
  answer: string;
}
