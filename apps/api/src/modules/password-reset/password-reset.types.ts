import { IsIn, IsInt, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PASSWORD_RESET_STATUSES, PasswordResetStatus as DomainStatus, PHONE_FORMAT } from '@hebei/domain';
import { Role } from '../../common/enums';
import { ID_PATTERN } from '../../common/ids';
import { PageArgs } from '../../common/pagination';
import { PersonalData } from '../../common/personal-data';
import { CaptchaAnswerInput } from '../captcha/captcha.inputs';
import { Division } from '../division/division.entity';
import { MatchesFormat } from '../../common/validators';

export enum PasswordResetStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PasswordResetStatus, {
  name: 'PasswordResetStatus',
  description: '重置密码申请状态',
  valuesConfig: { PENDING: { description: '待处理' }, APPROVED: { description: '已同意' }, REJECTED: { description: '已驳回' } },
});
// The GraphQL enum is the domain's list, value for value.
const _same: Record<DomainStatus, PasswordResetStatus> = PasswordResetStatus;
void _same;

@InputType({ description: '忘记密码：申请重置（公开）' })
export class PasswordResetRequestInput {
  @Field({ description: '登录用户名' }) @Length(1, 64, { message: '请填写用户名' }) username: string;
  @Field({ description: '本单位统一社会信用代码' }) @Length(1, 30, { message: '请填写统一社会信用代码' }) uscc: string;
  @Field({ description: '本单位登记的联系电话' })
  @MatchesFormat(PHONE_FORMAT)
  contactPhone: string;
  @Field(() => CaptchaAnswerInput, { nullable: true, description: '图形验证码（必填；缺少时答 CAPTCHA_REQUIRED）' })
  @IsOptional()
  @ValidateNested()
  captcha?: CaptchaAnswerInput | null;
}

@InputType({ description: '驳回重置密码申请' })
export class RejectPasswordResetInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: '申请无效' }) id: string;
  @Field(() => Int) @IsInt({ message: '版本号无效' }) @Min(1, { message: '版本号无效' }) expectedVersion: number;
  @Field({ description: '驳回理由' }) @Length(1, 200, { message: '请填写驳回理由（最多200字）' }) reason: string;
}

@ArgsType()
export class PasswordResetRequestsArgs extends PageArgs {
  @Field(() => PasswordResetStatus, { nullable: true, description: '状态；缺省全部' })
  @IsOptional()
  @IsIn(PASSWORD_RESET_STATUSES, { message: '状态无效' })
  status?: PasswordResetStatus;
}

@ObjectType({ description: '重置密码申请（忘记密码）' })
export class PasswordResetRequestView {
  @Field(() => ID) id: number;
  @Field({ description: '申请重置的用户名' }) username: string;
  @Field({ description: '用户姓名' }) displayName: string;
  @Field(() => Role) role: Role;
  @Field({ description: '所属单位名称' }) organisationName: string;
  @Field({ description: '所属单位统一社会信用代码' }) uscc: string;
  @Field(() => Division, { nullable: true, description: '单位所在地' }) division: Division | null;
  @Field({ description: '申请人填写的联系电话（即单位登记的联系电话）' }) @PersonalData('phone') contactPhone: string;
  @Field(() => PasswordResetStatus) status: PasswordResetStatus;
  @Field(() => String, { nullable: true, description: '驳回理由' }) rejectReason: string | null;
  @Field({ description: '申请时间' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: '处理时间' }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: '处理人' }) decidedByName: string | null;
  @Field(() => Int, { description: '版本号（并发修改检查）' }) version: number;
}

@ObjectType({ description: '同意重置密码的结果：一次性密码只在此返回一次，请电话告知申请人' })
export class PasswordResetApproval {
  @Field(() => PasswordResetRequestView) request: PasswordResetRequestView;
  @Field({ description: '一次性密码（仅显示这一次；申请人登录后须修改）' }) oneTimePassword: string;
}
