import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ServiceBooking } from './booking.entity';

export interface BookingStats {
  institutionId: number;
  received: number;
  responded: number;
  respondedInTime: number;
  overdue: number;
  due: number;
  onTimeRate: number | null;
  averageRating: number | null;
  ratingCount: number;
}

export const EMPTY_BOOKING_STATS = (institutionId: number): BookingStats => ({
  institutionId,
  received: 0,
  responded: 0,
  respondedInTime: 0,
  overdue: 0,
  due: 0,
  onTimeRate: null,
  averageRating: null,
  ratingCount: 0,
});

/**
 * The per-institution aggregates, as SQL expressions over service_booking `b` (portable MySQL/SQLite).
 * A response counts as in time when given on or before the deadline day (Beijing date); an overdue booking
 * stays overdue even if answered later. "Due" leaves out bookings still pending inside their deadline.
 */
export function selectBookingAggregates<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .select('b.institutionId', 'institutionId')
    .addSelect('COUNT(*)', 'received')
    .addSelect('SUM(CASE WHEN b.respondedOn IS NOT NULL THEN 1 ELSE 0 END)', 'responded')
    .addSelect('SUM(CASE WHEN b.respondedOn IS NOT NULL AND b.respondedOn <= b.responseDeadline THEN 1 ELSE 0 END)', 'respondedInTime')
    .addSelect('SUM(CASE WHEN b.overdue = 1 THEN 1 ELSE 0 END)', 'overdue')
    .addSelect('SUM(CASE WHEN b.respondedOn IS NULL AND b.overdue = 1 THEN 1 ELSE 0 END)', 'overdueUnanswered')
    .addSelect('AVG(b.rating)', 'averageRating')
    .addSelect('COUNT(b.rating)', 'ratingCount')
    .groupBy('b.institutionId');
}

export function toBookingStats(raw: Record<string, unknown>): BookingStats {
  const n = (v: unknown) => Number(v ?? 0);
  const responded = n(raw.responded);
  const respondedInTime = n(raw.respondedInTime);
  const due = responded + n(raw.overdueUnanswered);
  const ratingCount = n(raw.ratingCount);
  return {
    institutionId: n(raw.institutionId),
    received: n(raw.received),
    responded,
    respondedInTime,
    overdue: n(raw.overdue),
    due,
    onTimeRate: due ? Math.round((respondedInTime / due) * 10000) / 10000 : null,
    averageRating: ratingCount ? Math.round(Number(raw.averageRating) * 100) / 100 : null,
    ratingCount,
  };
}

export interface BookingStatsQuery {
  institutionIds?: readonly number[];
  /** Request dates, inclusive, YYYY-MM-DD (e.g. an evaluation year). */
  from?: string;
  to?: string;
}

/** Booking statistics per institution in one GROUP BY; institutions without bookings are absent from the map. */
export async function bookingStatistics(db: DataSource | EntityManager, query: BookingStatsQuery = {}): Promise<Map<number, BookingStats>> {
  if (query.institutionIds && !query.institutionIds.length) return new Map();
  const qb = selectBookingAggregates(db.createQueryBuilder(ServiceBooking, 'b'));
  if (query.institutionIds) qb.andWhere('b.institutionId IN (:...statIds)', { statIds: [...query.institutionIds] });
  if (query.from) qb.andWhere('b.requestDate >= :statFrom', { statFrom: query.from });
  if (query.to) qb.andWhere('b.requestDate <= :statTo', { statTo: query.to });
  const rows = await qb.getRawMany<Record<string, unknown>>();
  return new Map(rows.map((r) => [Number(r.institutionId), toBookingStats(r)]));
}
