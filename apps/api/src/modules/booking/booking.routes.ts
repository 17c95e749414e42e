import express from 'express';
import { BOOKING_STATUS_LABELS, formatShanghaiDateTime } from '@hebei/domain';
import { Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { filterFromQuery, listExport, ListExportColumn, sortFromQuery } from '../../common/list-export';
import { maskRow } from '../../common/personal-data';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { BookingStatus, ServiceBooking } from './booking.entity';
import { BookingFilter, BookingSortField } from './booking.inputs';

/** `overdue=true|false` as the admin's URL carries it (the GraphQL filter's Boolean). */
function overdueFromQuery(value: unknown): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badInput([{ field: 'overdue', code: 'INVALID', message: '筛选条件无效' }]);
}

interface BookingExport {
  path: string;
  role: Role;
  title: string;
  /** The other party as the screen's first column shows it. */
  party: { header: string; name: (b: ServiceBooking) => string };
}

const EXPORTS: BookingExport[] = [
  // 预约处理: the institution's inbox (bookingInbox).
  {
    path: '/exports/booking-inbox.xlsx',
    role: Role.INSTITUTION,
    title: '预约处理',
    party: { header: '企业', name: (b) => b.enterpriseRef?.name ?? '' },
  },
  // 我的预约: the enterprise's own bookings (myBookings).
  {
    path: '/exports/my-bookings.xlsx',
    role: Role.ENTERPRISE,
    title: '我的预约',
    party: { header: '服务机构', name: (b) => b.institution?.name ?? '' },
  },
];

/** 预约处理 and 我的预约 导出Excel: the tab's filter and the screen's sort, scoped and masked like the lists. */
export function bookingRouter(services: Services): express.Router {
  const router = express.Router();
  for (const spec of EXPORTS) {
    router.get(spec.path, authenticated(services), (req, res) =>
      sendExport(res, async () => {
        const user = res.locals.actor.user;
        if (user.role !== spec.role) throw forbidden();
        const query = req.query as Record<string, unknown>;
        const overdue = overdueFromQuery(query.overdue);
        const filter: BookingFilter = await filterFromQuery(BookingFilter, query, ['status'], { status: BookingStatus });
        if (overdue !== undefined) filter.overdue = overdue;
        const sort = sortFromQuery(query.sort, BookingSortField);
        const scope = res.locals.scope;
        const total = await services.bookings.count(scope, filter);
        const columns: ListExportColumn[] = [
          { header: '序号', width: 6 },
          { header: spec.party.header, width: 32 },
          { header: '服务产品', width: 24 },
          { header: '服务需求', width: 40 },
          { header: '申请时间', width: 18 },
          { header: '状态', width: 10 },
          { header: '答复截止日', width: 12 },
          { header: '是否逾期', width: 10 },
          { header: '联系人', width: 12 },
          { header: '联系电话', width: 16 },
        ];
        return listExport({
          fileName: `${spec.title}-${services.clock.today()}.xlsx`,
          sheet: spec.title,
          total,
          columns,
          rows: async function* () {
            let i = 0;
            for await (const chunk of services.bookings.listAllChunks(scope, filter, sort)) {
              for (const raw of chunk) {
                const b = maskRow(user.role, ServiceBooking, raw);
                yield [
                  ++i,
                  spec.party.name(raw),
                  b.productName,
                  b.need,
                  formatShanghaiDateTime(b.requestedAt),
                  BOOKING_STATUS_LABELS[b.status],
                  b.responseDeadline,
                  services.bookings.isOverdue(raw) ? '是' : '否',
                  b.contactPerson,
                  b.contactPhone,
                ];
              }
            }
          },
        });
      }),
    );
  }
  return router;
}
