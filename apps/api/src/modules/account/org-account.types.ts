import { IsBoolean, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums';
import { AccountStatus } from './account.types';
import { MatchesFormat } from '../../common/validators';
import { USERNAME_FORMAT } from '@hebei/domain';

/** A colleague's account as 本单位账号 shows it to the organisation's admin: never the password hash. */
@ObjectType({ description: '本单位账号（服务机构或企业的用户）' })
export class OrgAccount {
  @Field(() => ID) id: number;
  @Field({ description: '登录用户名' }) username: string;
  @Field({ description: '姓名' }) displayName: string;
  @Field(() => Role) role: Role;
  @Field({ description: '本单位管理员（可添加、停用同事账号）' }) orgAdmin: boolean;
  @Field(() => AccountStatus) status: AccountStatus;
  @Field({ description: '须在下次登录时修改密码（一次性密码）' }) mustChangePassword: boolean;
  @Field(() => Date, { nullable: true, description: '最近登录时间' }) lastLoginAt: Date | null;
  @Field({ description: '创建时间' }) createdAt: Date;
  @Field(() => Int, { description: '版本号（并发修改检查）' }) version: number;
}

@ObjectType({ description: '新增本单位账号或重置其密码的结果：一次性密码只在此返回一次' })
export class OrgAccountPasswordPayload {
  @Field(() => OrgAccount) account: OrgAccount;
  @Field({ description: '一次性密码（仅显示这一次；下次登录须修改）' }) oneTimePassword: string;
}

@InputType({ description: '新增本单位账号' })
export class CreateOrgAccountInput {
  @Field({ description: '登录用户名' })
  @MatchesFormat(USERNAME_FORMAT)
  username: string;
  @Field({ description: '姓名' }) @Length(2, 200, { message: '姓名为2–200个字' }) displayName: string;
  @Field(() => Boolean, { nullable: true, description: '同为本单位管理员（缺省否）' })
  @IsOptional()
  @IsBoolean({ message: '管理员标记无效' })
  orgAdmin?: boolean | null;
}
