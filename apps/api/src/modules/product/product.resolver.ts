import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SERVICE_CATEGORIES } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { PublicInstitution } from '../browse/browse.types';
import { ServiceCategory } from '../catalog/service-category.entity';
import { ServiceProduct } from './product.entity';
import { ServiceProductInput } from './product.inputs';
import { ProductService } from './product.service';
import { toId } from '../../common/ids';

const ServiceProductConnection = ConnectionType(ServiceProduct, 'ServiceProduct');
type ServiceProductConnection = InstanceType<typeof ServiceProductConnection>;

/** The nine categories are reference data; no query needed to name one. */
const CATEGORIES = new Map(
  SERVICE_CATEGORIES.map((c, i) => [c.code as string, { code: c.code, name: c.name, sortOrder: i + 1 } as ServiceCategory]),
);

@Resolver(() => ServiceProduct)
export class ProductResolver {
  constructor(private readonly service: ProductService) {}

  @Authorized(Role.INSTITUTION)
  @Query(() => ServiceProductConnection, { description: '本机构的服务产品（含未发布），最新在前' })
  myServiceProducts(@Args() { first, after }: PageArgs, @Ctx() ctx: RequestContext): Promise<ServiceProductConnection> {
    return this.service.listMine(ctx.user!, first, after);
  }

  @Query(() => ServiceProduct, { description: '已发布的服务产品（公开）；未发布或机构不在库时答复不存在' })
  publicServiceProduct(@Arg('id', () => ID) id: string): Promise<ServiceProduct> {
    return this.service.getPublic(toId(id));
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceProduct, { description: '新增服务产品（在库机构）' })
  createServiceProduct(@Arg('input') input: ServiceProductInput, @Ctx() ctx: RequestContext): Promise<ServiceProduct> {
    return this.service.create(ctx.user!, input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceProduct, { description: '修改本机构的服务产品' })
  updateServiceProduct(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ServiceProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceProduct> {
    return this.service.update(ctx.user!, toId(id), input, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => ServiceProduct, { description: '发布或下架本机构的服务产品' })
  setServiceProductPublished(
    @Arg('id', () => ID) id: string,
    @Arg('published') published: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceProduct> {
    return this.service.setPublished(ctx.user!, toId(id), published, ctx);
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Boolean, { description: '删除本机构的服务产品（已有预约的只能下架）' })
  deleteServiceProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.remove(ctx.user!, toId(id), ctx);
  }

  @FieldResolver(() => ServiceCategory, { description: '服务类别' })
  category(@Root() product: ServiceProduct): ServiceCategory {
    return CATEGORIES.get(product.categoryCode)!;
  }

  @FieldResolver(() => PublicInstitution, { nullable: true, description: '提供该产品的服务机构' })
  async institution(@Root() product: ServiceProduct, @Ctx() ctx: RequestContext): Promise<PublicInstitution | null> {
    return ctx.loaders.institutionById.load(product.institutionId);
  }
}
