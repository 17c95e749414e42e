import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CaptchaAnswerInput } from '../captcha/captcha.inputs';

@InputType({ description: '中小企业注册' })
export class EnterpriseRegistrationInput {
  @Field({ description: '企业名称' })
  @Length(2, 200, { message: '企业名称应为2–200个字' })
  name: string;

  @Field({ description: '统一社会信用代码（18位）' })
  @Length(1, 30, { message: '请填写统一社会信用代码' })
  uscc: string;

  @Field({ description: '所在县（市、区）区划代码' })
  @Matches(/^\d{6}$/, { message: '请选择所在县（市、区）' })
  divisionCode: string;

  @Field({ description: '联系人' })
  @Length(1, 50, { message: '请填写联系人（最多50字）' })
  contactPerson: string;

  @Field({ description: '联系电话' })
  @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为11位手机号或区号加座机号' })
  contactPhone: string;

  @Field({ description: '登录用户名' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, { message: '用户名应以字母开头，4–32位字母、数字或下划线' })
  username: string;

  @Field({ description: '密码（至少8位，含大小写字母、数字、符号中的三类）' })
  @Length(1, 64, { message: '请填写密码' })
  password: string;

  @Field(() => String, { nullable: true, description: '同意的《隐私声明》版本（须为现行版本）' })
  @IsOptional()
  @MaxLength(16, { message: '隐私声明版本无效' })
  privacyConsentVersion?: string | null;

  @Field(() => CaptchaAnswerInput, { nullable: true, description: '图形验证码（必填；缺少时答 CAPTCHA_REQUIRED）' })
  @IsOptional()
  @ValidateNested()
  captcha?: CaptchaAnswerInput | null;
}
