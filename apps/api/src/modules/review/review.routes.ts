import express from 'express';
import { formatShanghaiDateTime, reviewStatusLabel, SERVICE_CATEGORY_LABELS } from '@hebei/domain';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { filterFromQuery, listExport, sortFromQuery } from '../../common/list-export';
import { maskRow } from '../../common/personal-data';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { Batch } from '../batch/batch.entity';
import { Application } from '../application/application.entity';
import { ApplicationFilter, ApplicationSortField, ReviewQueue } from '../application/application.inputs';

/** The same readers as the `applications` query (OFFICER_OR_OWNER in its resolver). */
const READERS = new Set<string>([Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION]);

export function reviewRouter(services: Services): express.Router {
  const router = express.Router();
  // 入库审核 导出Excel: one tab (queue) with the screen's filters and sort, scoped and masked like the list.
  router.get('/exports/applications.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      const user = res.locals.actor.user;
      if (!READERS.has(user.role)) throw forbidden();
      const query = req.query as Record<string, unknown>;
      const filter = await filterFromQuery(ApplicationFilter, query, ['queue', 'batchId', 'text'], { queue: ReviewQueue });
      const sort = sortFromQuery(query.sort, ApplicationSortField);
      const scope = res.locals.scope;
      const total = await services.applications.count(scope, filter);
      const batches = new Map(
        (await services.db.getRepository(Batch).find({ select: { id: true, name: true } })).map((b) => [b.id, b.name] as const),
      );
      return listExport({
        fileName: `入库申请-${services.clock.today()}.xlsx`,
        sheet: '入库申请',
        total,
        columns: [
          { header: '序号', width: 6 },
          { header: '单位名称', width: 40 },
          { header: '统一社会信用代码', width: 22 },
          { header: '所在地区', width: 20 },
          { header: '申报批次', width: 20 },
          { header: '主要服务方向', width: 30 },
          { header: '状态', width: 12 },
          { header: '提交时间', width: 18 },
          { header: '联系人', width: 12 },
          { header: '联系电话', width: 16 },
        ],
        rows: async function* () {
          let i = 0;
          for await (const batch of services.applications.listAllChunks(scope, filter, sort)) {
            for (const raw of batch) {
              const r = maskRow(user.role, Application, raw);
              yield [
                ++i,
                r.name,
                r.uscc,
                services.divisions.placeName(r.divisionCode),
                batches.get(r.batchId) ?? '',
                r.mainCategories
                  .map((c) =>
                    c === 'OTHER' && r.otherCategoryDescription
                      ? `其他：${r.otherCategoryDescription}`
                      : (SERVICE_CATEGORY_LABELS[c as keyof typeof SERVICE_CATEGORY_LABELS] ?? c),
                  )
                  .join('、'),
                reviewStatusLabel(r.status, r.skipsCounty),
                r.submittedAt ? formatShanghaiDateTime(r.submittedAt) : '',
                r.contactPerson ?? '',
                r.contactPhone ?? '',
              ];
            }
          }
        },
      });
    }),
  );
  return router;
}
