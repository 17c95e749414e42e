import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { PasswordPolicyService } from './password-policy.service';
import { PasswordPolicyInput, PasswordPolicyView } from './password-policy.types';

@Resolver()
export class PasswordPolicyResolver {
  constructor(private readonly service: PasswordPolicyService) {}

  @Authorized(Role.PROVINCE)
  @Query(() => PasswordPolicyView, { description: '密码策略（系统设置）' })
  passwordPolicy(): Promise<PasswordPolicyView> {
    return this.service.get();
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => PasswordPolicyView, { description: '修改密码策略：密码有效期（天），0表示永不过期；过期的密码登录后须先修改' })
  updatePasswordPolicy(@Arg('input') input: PasswordPolicyInput, @Ctx() ctx: RequestContext): Promise<PasswordPolicyView> {
    return this.service.update(ctx, input);
  }
}
