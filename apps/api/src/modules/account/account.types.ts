import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../common/enums';
import { Division } from '../division/division.entity';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
  LOCKED = 'LOCKED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: '账号状态：正常、已停用、已锁定（连续登录失败）' });

/** An account as 用户管理 shows it: never the password hash. */
@ObjectType({ description: '机关与分析人员账号（用户管理）' })
export class ManagedAccount {
  @Field(() => ID) id: number;
  @Field({ description: '登录用户名' }) username: string;
  @Field({ description: '单位或姓名' }) displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => Division, { nullable: true, description: '所属行政区划' }) division: Division | null;
  @Field(() => AccountStatus) status: AccountStatus;
  @Field({ description: '已停用' }) disabled: boolean;
  @Field(() => Date, { nullable: true, description: '锁定至（连续登录失败）' }) lockedUntil: Date | null;
  @Field({ description: '须在下次登录时修改密码（一次性密码）' }) mustChangePassword: boolean;
  @Field(() => Date, { nullable: true, description: '最近登录时间' }) lastLoginAt: Date | null;
  @Field({ description: '创建时间' }) createdAt: Date;
  @Field(() => Int, { description: '版本号（并发修改检查）' }) version: number;
}

@ObjectType({ description: '新建账号或重置密码的结果：一次性密码只在此返回一次' })
export class AccountPasswordPayload {
  @Field(() => ManagedAccount) account: ManagedAccount;
  @Field({ description: '一次性密码（仅显示这一次；下次登录须修改）' }) oneTimePassword: string;
}
