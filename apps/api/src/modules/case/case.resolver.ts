import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceCase } from './case.entity';
import { ServiceCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { toId } from '../../common/ids';

const ServiceCaseConnection = ConnectionType(ServiceCase, 'ServiceCase');
type ServiceCaseConnection = InstanceType<typeof ServiceCaseConnection>;

@Resolver(() => ServiceCase)
export class CaseResolver {
  constructor(private readonly service: CaseService) {}

  @Authorized(Role.INSTITUTION)
  @Query(() => ServiceCaseConnection, { description: '本机构的服务案例，最新在前' })
  myServiceCases(@Args() { first, after }: PageArgs, @Ctx() ctx: RequestContext): Promise<ServiceCaseConnection> {
    return this.service.listMine(ctx.user!, first, after);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceCase, { description: '新增服务案例（在库机构）' })
  createServiceCase(@Arg('input') input: ServiceCaseInput, @Ctx() ctx: RequestContext): Promise<ServiceCase> {
    return this.service.create(ctx.user!, input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceCase, { description: '修改本机构的服务案例' })
  updateServiceCase(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ServiceCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCase> {
    return this.service.update(ctx.user!, toId(id), input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Boolean, { description: '删除本机构的服务案例' })
  deleteServiceCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.remove(ctx.user!, toId(id), ctx);
  }
}
