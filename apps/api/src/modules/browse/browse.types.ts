import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InstitutionType, ServiceNature } from '../../common/enums';
import { PageInfo } from '../../common/pagination';

/**
 * What the public registry shows of an admitted institution: no financials, staff counts or other form data.
 * Resolved from Institution rows; nested fields go through per-request loaders.
 */
@ObjectType({ description: '在库服务机构（公开信息）', simpleResolvers: true })
export class PublicInstitution {
  @Field(() => ID) id: number;
  @Field({ description: '单位名称' }) name: string;
  @Field(() => ServiceNature, { nullable: true, description: '服务性质' }) nature: ServiceNature | null;
  @Field(() => InstitutionType, { nullable: true, description: '机构性质' }) institutionType: InstitutionType | null;
  @Field({ description: '所在县（市、区）区划代码' }) divisionCode: string;
  @Field(() => String, { nullable: true, description: '主要服务方向选“其他”时的描述' }) otherCategoryDescription: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) contactPerson: string | null;
  // The contact the institution publishes for enterprises: public, so it reads the same for every caller (an analyst
  // sees what an anonymous visitor sees). The form's phone and e-mail (Institution, Application) stay personal data.
  @Field(() => String, { nullable: true, description: '对外公开的联系电话（所有人看到的相同）' }) contactPhone: string | null;
  @Field(() => String, { nullable: true, description: '对外公开的电子信箱' }) email: string | null;
  @Field(() => String, { nullable: true, description: '网站' }) website: string | null;
  @Field(() => String, { nullable: true, description: '机构简介' }) introduction: string | null;
  @Field(() => String, { nullable: true, description: '入库日期' }) admittedOn: string | null;
}

@ObjectType({ description: '按服务性质的计数', simpleResolvers: true })
export class NatureFacet {
  @Field(() => ServiceNature) code: ServiceNature;
  @Field() name: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '按服务类别的计数', simpleResolvers: true })
export class CategoryFacet {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) count: number;
}

@ObjectType({
  description:
    '分面计数：每个维度按“除本维度外的全部筛选条件”计数（选中某一服务性质时仍可看到另一性质的数量）；' +
    '服务类别按机构的主要服务方向计数，一个机构可计入两个类别',
  simpleResolvers: true,
})
export class BrowseFacets {
  @Field(() => [NatureFacet]) natures: NatureFacet[];
  @Field(() => [CategoryFacet]) categories: CategoryFacet[];
}

@ObjectType('PublicInstitutionEdge', { simpleResolvers: true })
export class PublicInstitutionEdge {
  @Field() cursor: string;
  @Field(() => PublicInstitution) node: PublicInstitution;
}

/** totalCount and facets are resolved only when asked for (one SQL statement for both). */
@ObjectType('PublicInstitutionConnection', { description: '服务机构检索结果', simpleResolvers: true })
export class PublicInstitutionConnection {
  @Field(() => Int, { description: '符合条件的总数' }) totalCount: number;
  @Field(() => [PublicInstitutionEdge]) edges: PublicInstitutionEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => BrowseFacets, { description: '当前筛选条件下的分面计数' }) facets: BrowseFacets;
}

/** What the service hands the connection resolver. */
export interface BrowseResult {
  edges: PublicInstitutionEdge[];
  pageInfo: PageInfo;
  count(): Promise<number>;
  facets(): Promise<BrowseFacets>;
}
