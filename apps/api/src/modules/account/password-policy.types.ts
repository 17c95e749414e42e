import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PASSWORD_EXPIRY_MAX_DAYS } from '@hebei/domain';

@ObjectType({ description: '密码策略（系统设置）' })
export class PasswordPolicyView {
  @Field(() => Int, { description: `密码有效期（天），0表示永不过期，最多${PASSWORD_EXPIRY_MAX_DAYS}天` }) expiryDays: number;
  @Field(() => Date, { nullable: true, description: '最近修改时间' }) updatedAt: Date | null;
  @Field(() => Int, { description: '版本号（并发修改检查）' }) version: number;
}

@InputType({ description: '修改密码策略' })
export class PasswordPolicyInput {
  @Field(() => Int, { description: `密码有效期（天），0–${PASSWORD_EXPIRY_MAX_DAYS}，0表示永不过期` })
  @IsInt({ message: '密码有效期应为整数天' })
  @Min(0, { message: '密码有效期不能小于0天' })
  @Max(PASSWORD_EXPIRY_MAX_DAYS, { message: `密码有效期最多${PASSWORD_EXPIRY_MAX_DAYS}天` })
  expiryDays: number;

  @Field(() => Int) @IsInt({ message: '版本号无效' }) @Min(1, { message: '版本号无效' }) expectedVersion: number;
}
