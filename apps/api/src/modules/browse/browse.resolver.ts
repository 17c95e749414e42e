import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ServiceCase } from '../case/case.entity';
import { ServiceCategory } from '../catalog/service-category.entity';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { ServiceProduct } from '../product/product.entity';
import { BrowseArgs, BrowseSort, PublicProfileInput } from './browse.inputs';
import { BrowseService, mainCategoriesOf, PublicInstitutionRow } from './browse.service';
import { BrowseFacets, BrowseResult, PublicInstitution, PublicInstitutionConnection } from './browse.types';
import { toId } from '../../common/ids';

/**
 * The public registry. No @Authorized on the queries: anonymous visitors browse too, and the service itself
 * restricts every answer to admitted institutions.
 */
@Resolver(() => PublicInstitution)
export class BrowseResolver {
  constructor(
    private readonly service: BrowseService,
    private readonly divisions: DivisionService,
  ) {}

  @Query(() => PublicInstitutionConnection, {
    description: '检索在库服务机构（公开）：按服务性质、类别、地区和名称/产品名称筛选，含分面计数',
  })
  browseInstitutions(@Args() { first, after, filter, sort }: BrowseArgs): Promise<BrowseResult> {
    return this.service.browse(filter ?? {}, sort ?? BrowseSort.DEFAULT, first, after);
  }

  @Query(() => PublicInstitution, { description: '在库服务机构详情（公开）；不在库的答复不存在' })
  publicInstitution(@Arg('id', () => ID) id: string): Promise<PublicInstitution> {
    return this.service.detail(toId(id));
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => PublicInstitution, { description: '维护本机构公开信息（简介、网站、联系方式）；未传的字段不变，传空字符串清空' })
  updateMyPublicProfile(@Arg('input') input: PublicProfileInput, @Ctx() ctx: RequestContext): Promise<PublicInstitution> {
    return this.service.updateProfile(ctx.user!, input, ctx);
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() institution: PublicInstitution): Division | null {
    return this.divisions.get(institution.divisionCode) ?? null;
  }

  @FieldResolver(() => [ServiceCategory], { description: '主要服务方向' })
  mainCategories(@Root() institution: PublicInstitutionRow, @Ctx() ctx: RequestContext): ServiceCategory[] | Promise<ServiceCategory[]> {
    // Registry pages carry the codes from registry_entry (no statement); a detail row goes through the loader.
    if (institution.categoryCodes !== undefined) return mainCategoriesOf(institution.categoryCodes);
    return ctx.loaders.mainCategoriesByInstitution.load(institution.id);
  }

  @FieldResolver(() => [ServiceProduct], { description: '已发布的服务产品' })
  products(@Root() institution: PublicInstitution, @Ctx() ctx: RequestContext): Promise<ServiceProduct[]> {
    return ctx.loaders.publishedProductsByInstitution.load(institution.id);
  }

  @FieldResolver(() => [ServiceCase], { description: '服务案例，最新在前' })
  cases(@Root() institution: PublicInstitution, @Ctx() ctx: RequestContext): Promise<ServiceCase[]> {
    return ctx.loaders.casesByInstitution.load(institution.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: '企业平均评分（1–5）；尚无评价时为空' })
  async averageRating(@Root() institution: PublicInstitution, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await ctx.loaders.bookingStatsByInstitution.load(institution.id)).averageRating;
  }

  @FieldResolver(() => Int, { description: '评价数' })
  async ratingCount(@Root() institution: PublicInstitution, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.bookingStatsByInstitution.load(institution.id)).ratingCount;
  }

  @FieldResolver(() => Float, { nullable: true, description: '预约按时答复率（0–1，5个工作日内）；尚无应答复预约时为空' })
  async onTimeResponseRate(@Root() institution: PublicInstitution, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await ctx.loaders.bookingStatsByInstitution.load(institution.id)).onTimeRate;
  }
}

/** totalCount and facets share one statement (registry_facet or the keyword's index rows), run only when selected. */
@Resolver(() => PublicInstitutionConnection)
export class BrowseConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() result: BrowseResult): Promise<number> {
    return result.count();
  }

  @FieldResolver(() => BrowseFacets)
  facets(@Root() result: BrowseResult): Promise<BrowseFacets> {
    return result.facets();
  }
}
