import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { INSTITUTION_TYPES, SERVICE_NATURES } from '@hebei/domain';
import { DataSource } from 'typeorm';
import { InstitutionType, ServiceNature } from '../../common/enums';
import { ServiceCategory } from './service-category.entity';

@ObjectType({ description: '服务性质及中文名称' })
class ServiceNatureOption {
  @Field(() => ServiceNature) code: ServiceNature;
  @Field() name: string;
}

@ObjectType({ description: '机构性质及中文名称' })
class InstitutionTypeOption {
  @Field(() => InstitutionType) code: InstitutionType;
  @Field() name: string;
}

@Resolver()
export class CatalogResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [ServiceCategory], { description: '服务类别（第九条），按指南顺序' })
  serviceCategories(): Promise<ServiceCategory[]> {
    return this.db.getRepository(ServiceCategory).find({ order: { sortOrder: 'ASC' } });
  }

  @Query(() => [ServiceNatureOption], { description: '服务性质（第九条）' })
  serviceNatures(): ServiceNatureOption[] {
    return SERVICE_NATURES.map((n) => ({ code: n.code as ServiceNature, name: n.name }));
  }

  @Query(() => [InstitutionTypeOption], { description: '机构性质' })
  institutionTypes(): InstitutionTypeOption[] {
    return INSTITUTION_TYPES.map((t) => ({ code: t.code as InstitutionType, name: t.name }));
  }
}
