import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ServiceCategory } from '../modules/catalog/service-category.entity';
import { InstitutionMainCategory } from '../modules/institution/institution.entity';

/** Per-request batch loaders: nested fields cost one query per field per request, not per row. */
export function createLoaders(db: DataSource) {
  return {
    mainCategoriesByInstitution: new DataLoader<number, ServiceCategory[]>(async (ids) => {
      const rows = await db
        .getRepository(InstitutionMainCategory)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.category', 'c')
        .where('m.institutionId IN (:...ids)', { ids: [...ids] })
        .orderBy('m.institutionId')
        .addOrderBy('m.position')
        .getMany();
      const byId = new Map<number, ServiceCategory[]>();
      for (const row of rows) {
        const list = byId.get(row.institutionId) ?? [];
        list.push(row.category!);
        byId.set(row.institutionId, list);
      }
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
