import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { AccountActionInput, AccountsArgs, ChangePasswordInput, CreateOfficerAccountInput } from './account.inputs';
import { AccountService } from './account.service';
import { AccountPasswordPayload, ManagedAccount } from './account.types';

const ManagedAccountConnection = ConnectionType(ManagedAccount, 'ManagedAccount');
type ManagedAccountConnection = InstanceType<typeof ManagedAccountConnection>;
/** 用户管理: the province, and a city bureau for its counties. */
const ACCOUNT_MANAGERS = [Role.PROVINCE, Role.CITY];

@Resolver()
export class AccountResolver {
  constructor(private readonly service: AccountService) {}

  @Authorized(...ACCOUNT_MANAGERS)
  @Query(() => ManagedAccountConnection, { description: '用户管理：省厅见全部机关与分析人员账号，市局见所辖县级账号' })
  managedAccounts(@Args() { first, after, filter, sort }: AccountsArgs, @Ctx() ctx: RequestContext): Promise<ManagedAccountConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after, sort ?? undefined);
  }

  @Authorized(...ACCOUNT_MANAGERS)
  @Mutation(() => AccountPasswordPayload, { description: '新建机关账号；返回一次性密码（仅此一次），首次登录须修改' })
  createOfficerAccount(@Arg('input') input: CreateOfficerAccountInput, @Ctx() ctx: RequestContext): Promise<AccountPasswordPayload> {
    return this.service.create(ctx, ctx.scope, input);
  }

  @Authorized(...ACCOUNT_MANAGERS)
  @Mutation(() => ManagedAccount, { description: '停用或启用账号（停用后立即不能登录，已发的凭证失效）' })
  setAccountActive(
    @Arg('input') input: AccountActionInput,
    @Arg('active') active: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedAccount> {
    return this.service.setActive(ctx, ctx.scope, input, active);
  }

  @Authorized(...ACCOUNT_MANAGERS)
  @Mutation(() => AccountPasswordPayload, { description: '重置密码：返回一次性密码（仅此一次），同时解除锁定' })
  resetAccountPassword(@Arg('input') input: AccountActionInput, @Ctx() ctx: RequestContext): Promise<AccountPasswordPayload> {
    return this.service.resetPassword(ctx, ctx.scope, input);
  }

  @Authorized(...ACCOUNT_MANAGERS)
  @Mutation(() => ManagedAccount, { description: '解除因连续登录失败造成的锁定' })
  unlockAccount(@Arg('input') input: AccountActionInput, @Ctx() ctx: RequestContext): Promise<ManagedAccount> {
    return this.service.unlock(ctx, ctx.scope, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '修改本人密码（使用一次性密码登录后必须先修改）' })
  changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.changePassword(ctx, input);
  }
}
