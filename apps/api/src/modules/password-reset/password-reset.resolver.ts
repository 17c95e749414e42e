import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { OFFICER_ROLES } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { AccountActionInput } from '../account/account.inputs';
import { PasswordResetService } from './password-reset.service';
import {
  PasswordResetApproval,
  PasswordResetRequestInput,
  PasswordResetRequestsArgs,
  PasswordResetRequestView,
  RejectPasswordResetInput,
} from './password-reset.types';

const PasswordResetRequestConnection = ConnectionType(PasswordResetRequestView, 'PasswordResetRequest');
type PasswordResetRequestConnection = InstanceType<typeof PasswordResetRequestConnection>;

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly service: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description: '忘记密码（公开，须图形验证码）：服务机构或企业用户申请重置密码，由所在地主管部门核实后处理；无论账号是否存在，答复相同',
  })
  requestPasswordReset(@Arg('input') input: PasswordResetRequestInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.request(input, ctx);
  }

  @Authorized(...OFFICER_ROLES)
  @Query(() => PasswordResetRequestConnection, { description: '密码重置申请：所辖地区服务机构和企业用户的申请，新的在前' })
  passwordResetRequests(
    @Args() { first, after, status }: PasswordResetRequestsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordResetRequestConnection> {
    return this.service.list(ctx.scope, status, first, after);
  }

  @Authorized(...OFFICER_ROLES)
  @Mutation(() => PasswordResetApproval, { description: '同意重置密码：返回一次性密码（仅此一次），请电话告知申请人；其登录后须修改' })
  approvePasswordReset(@Arg('input') input: AccountActionInput, @Ctx() ctx: RequestContext): Promise<PasswordResetApproval> {
    return this.service.approve(ctx, ctx.scope, input);
  }

  @Authorized(...OFFICER_ROLES)
  @Mutation(() => PasswordResetRequestView, { description: '驳回重置密码申请（须填写理由）' })
  rejectPasswordReset(@Arg('input') input: RejectPasswordResetInput, @Ctx() ctx: RequestContext): Promise<PasswordResetRequestView> {
    return this.service.reject(ctx, ctx.scope, input);
  }
}
