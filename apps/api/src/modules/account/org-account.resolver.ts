import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { AccountActionInput } from './account.inputs';
import { OrgAccountService } from './org-account.service';
import { CreateOrgAccountInput, OrgAccount, OrgAccountPasswordPayload } from './org-account.types';

const OrgAccountConnection = ConnectionType(OrgAccount, 'OrgAccount');
type OrgAccountConnection = InstanceType<typeof OrgAccountConnection>;
/** 本单位账号: an institution's or enterprise's admin (the service checks the admin flag). */
const ORG_USERS = [Role.INSTITUTION, Role.ENTERPRISE];

@Resolver()
export class OrgAccountResolver {
  constructor(private readonly service: OrgAccountService) {}

  @Authorized(...ORG_USERS)
  @Query(() => OrgAccountConnection, { description: '本单位账号（仅本单位管理员）' })
  orgAccounts(@Args() { first, after }: PageArgs, @Ctx() ctx: RequestContext): Promise<OrgAccountConnection> {
    return this.service.list(ctx, first, after);
  }

  @Authorized(...ORG_USERS)
  @Mutation(() => OrgAccountPasswordPayload, {
    description: '新增本单位账号（同一角色、同一单位）；返回一次性密码（仅此一次），首次登录须修改',
  })
  createOrgAccount(@Arg('input') input: CreateOrgAccountInput, @Ctx() ctx: RequestContext): Promise<OrgAccountPasswordPayload> {
    return this.service.create(ctx, input);
  }

  @Authorized(...ORG_USERS)
  @Mutation(() => OrgAccount, { description: '停用或启用本单位账号（不能停用自己或最后一个管理员）' })
  setOrgAccountActive(
    @Arg('input') input: AccountActionInput,
    @Arg('active') active: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgAccount> {
    return this.service.setActive(ctx, input, active);
  }

  @Authorized(...ORG_USERS)
  @Mutation(() => OrgAccountPasswordPayload, { description: '重置本单位账号的密码：返回一次性密码（仅此一次），同时解除锁定' })
  resetOrgAccountPassword(@Arg('input') input: AccountActionInput, @Ctx() ctx: RequestContext): Promise<OrgAccountPasswordPayload> {
    return this.service.resetPassword(ctx, input);
  }
}
