import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { CaptchaAnswerInput } from '../captcha/captcha.inputs';
import { MatchesFormat } from '../../common/validators';
import { DIVISION_CODE_FORMAT, PHONE_FORMAT, USERNAME_FORMAT } from '@hebei/domain';

@InputType({ description: '中小企业注册' })
export class EnterpriseRegistrationInput {
  @Field({ description: '企业名称' })
  @Length(2, 200, { message: '企业名称应为2–200个字' })
  name: string;

  @Field({ description: '统一社会信用代码（18位）' })
  @Length(1, 30, { message: '请填写统一社会信用代码' })
  uscc: string;

  @Field({ description: '所在县（市、区）区划代码' })
  @MatchesFormat(DIVISION_CODE_FORMAT, '请选择所在县（市、区）')
  divisionCode: string;

  @Field({ description: '联系人' })
  @Length(1, 50, { message: '请填写联系人（最多50字）' })
  contactPerson: string;

  @Field({ description: '联系电话' })
  @MatchesFormat(PHONE_FORMAT)
  contactPhone: string;

  @Field({ description: '登录用户名' })
  @MatchesFormat(USERNAME_FORMAT)
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
