import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { ServiceCategory } from '../catalog/service-category.entity';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { Institution } from './institution.entity';
import { InstitutionInput, InstitutionsArgs } from './institution.inputs';
import { InstitutionService } from './institution.service';
import { toId } from '../../common/ids';

const InstitutionConnection = ConnectionType(Institution, 'Institution');
/** The officer view carries registration and financial data: bureaus, analysts and the institution itself only. */
const INSTITUTION_READERS = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION];
type InstitutionConnection = InstanceType<typeof InstitutionConnection>;

@Resolver(() => Institution)
export class InstitutionResolver {
  constructor(
    private readonly service: InstitutionService,
    private readonly divisions: DivisionService,
  ) {}

  @Authorized(...INSTITUTION_READERS)
  @Query(() => InstitutionConnection, {
    description: '服务机构列表（按管辖范围；机构只见本机构）。企业和访客请用公开的 browseInstitutions',
  })
  institutions(@Args() { first, after, filter, sort }: InstitutionsArgs, @Ctx() ctx: RequestContext): Promise<InstitutionConnection> {
    return this.service.list(ctx.scope, filter ?? {}, first, after, sort);
  }

  @Authorized(...INSTITUTION_READERS)
  @Query(() => Institution, { description: '服务机构详情（含登记与财务信息）；管辖范围外与不存在同样答复' })
  institution(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Institution> {
    return this.service.get(ctx.scope, toId(id));
  }

  @Authorized(Role.PROVINCE, Role.CITY, Role.COUNTY)
  @Mutation(() => Institution, { description: '机关在管辖范围内登记服务机构' })
  createInstitution(@Arg('input') input: InstitutionInput, @Ctx() ctx: RequestContext): Promise<Institution> {
    return this.service.create(input, ctx, ctx.scope);
  }

  @FieldResolver(() => Division)
  division(@Root() institution: Institution): Division {
    return this.divisions.get(institution.divisionCode)!;
  }

  @FieldResolver(() => [ServiceCategory], { description: '主要服务方向（最多两项）' })
  mainCategories(@Root() institution: Institution, @Ctx() ctx: RequestContext): Promise<ServiceCategory[]> {
    return ctx.loaders.mainCategoriesByInstitution.load(institution.id);
  }
}
