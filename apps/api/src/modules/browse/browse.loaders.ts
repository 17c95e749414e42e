import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { BookingStats, bookingStatistics, EMPTY_BOOKING_STATS } from '../booking/booking.statistics';
import { ServiceCase } from '../case/case.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Institution } from '../institution/institution.entity';
import { ServiceProduct } from '../product/product.entity';

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

/** Per-request loaders for the registry, products, cases and bookings (spread into common/loaders.ts). */
export function createServiceLoaders(db: DataSource) {
  return {
    publishedProductsByInstitution: new DataLoader<number, ServiceProduct[]>(async (ids) => {
      const rows = await db.getRepository(ServiceProduct).find({
        where: { institutionId: In([...ids]), published: true },
        order: { institutionId: 'ASC', id: 'ASC' },
      });
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
