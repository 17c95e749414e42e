import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { LoginPayload } from '../auth/auth.types';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { Enterprise } from './enterprise.entity';
import { EnterpriseRegistrationInput } from './enterprise.inputs';
import { EnterpriseService } from './enterprise.service';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  constructor(
    private readonly service: EnterpriseService,
    private readonly divisions: DivisionService,
  ) {}

  @Mutation(() => LoginPayload, { description: '中小企业注册（公开）；统一社会信用代码已注册的拒绝；成功后直接登录' })
  registerEnterprise(@Arg('input') input: EnterpriseRegistrationInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.service.register(input, ctx);
  }

  @Authorized(Role.ENTERPRISE)
  @Query(() => Enterprise, { description: '当前企业用户所属企业' })
  myEnterprise(@Ctx() ctx: RequestContext): Promise<Enterprise> {
    return this.service.mine(ctx.user!);
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() enterprise: Enterprise): Division | null {
    return this.divisions.get(enterprise.divisionCode) ?? null;
  }
}
