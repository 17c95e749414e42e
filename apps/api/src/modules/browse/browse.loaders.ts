import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { BookingStats, bookingStatistics, EMPTY_BOOKING_STATS } from '../booking/booking.statistics';
import { ServiceCase } from '../case/case.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution } from '../institution/institution.entity';
import { ServiceProduct } from '../product/product.entity';

/** One product reader per data source (several apps live in one test process). */
const readers = new WeakMap<DataSource, ReturnType<typeof plainReader<ServiceProduct>>>();

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Rows of an entity's table without the query builder and the entity transformer (issue #13: the registry's read
 * path): the SQL is written once per data source, each value goes through the driver's own hydration (booleans,
 * dates, as `find` would return them) and the rows are instances of the entity class without copying.
 */
function plainReader<T extends object>(db: DataSource, entity: new () => T) {
  const columns = db.getMetadata(entity).columns.filter((c) => !c.isVirtual);
  const select = columns.map((c) => c.databaseName).join(', ');
  const driver = db.driver;
  return {
    select,
    async read(sql: string, params: unknown[]): Promise<T[]> {
      const raw: Record<string, unknown>[] = await db.query(sql, params);
      return raw.map((r) => {
        const row = Object.create(entity.prototype) as Record<string, unknown>;
        for (const c of columns) row[c.propertyName] = driver.prepareHydratedValue(r[c.databaseName], c);
        return row as T;
      });
    },
  };
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** Per-request loaders for the registry, products, cases and bookings (spread into common/loaders.ts). */
export function createServiceLoaders(db: DataSource) {
  return {
    publishedProductsByInstitution: new DataLoader<number, ServiceProduct[]>(async (ids) => {
      const products = (readers.get(db) ?? readers.set(db, plainReader(db, ServiceProduct)).get(db))!;
      const rows = await products.read(
        `SELECT ${products.select} FROM service_product WHERE institutionId IN (${marks(ids.length)}) AND published = 1 ORDER BY institutionId, id`,
        [...ids],
      );
      const map = groupBy(rows, (r) => r.institutionId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    casesByInstitution: new DataLoader<number, ServiceCase[]>(async (ids) => {
      const rows = await db.getRepository(ServiceCase).find({
        where: { institutionId: In([...ids]) },
        order: { institutionId: 'ASC', servedOn: 'DESC', id: 'DESC' },
      });
      const map = groupBy(rows, (r) => r.institutionId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    bookingStatsByInstitution: new DataLoader<number, BookingStats>(async (ids) => {
      const map = await bookingStatistics(db, { institutionIds: ids });
      return ids.map((id) => map.get(id) ?? EMPTY_BOOKING_STATS(id));
    }),
    institutionById: new DataLoader<number, Institution | null>(async (ids) => {
      const rows = await db.getRepository(Institution).find({ where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    enterpriseById: new DataLoader<number, Enterprise | null>(async (ids) => {
      const rows = await db.getRepository(Enterprise).find({ where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
