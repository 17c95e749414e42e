import express from 'express';
import { REGISTRY_STATUS_LABELS, SERVICE_CATEGORY_LABELS, SERVICE_NATURE_LABELS } from '@hebei/domain';
import { RegistryStatus, Role, ServiceNature } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { filterFromQuery, listExport, sortFromQuery } from '../../common/list-export';
import { maskRow } from '../../common/personal-data';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { Institution } from './institution.entity';
import { InstitutionFilter, InstitutionSortField } from './institution.inputs';

/** The same readers as the `institutions` query (INSTITUTION_READERS in the resolver). */
const READERS = new Set<string>([Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST, Role.INSTITUTION]);

export function institutionRouter(services: Services): express.Router {
  const router = express.Router();
  // 服务机构 导出Excel: the screen's filters and sort (query string as in the admin's URL), scoped and masked like the list.
  router.get('/exports/institutions.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      const user = res.locals.actor.user;
      if (!READERS.has(user.role)) throw forbidden();
      const query = req.query as Record<string, unknown>;
      const filter = await filterFromQuery(InstitutionFilter, query, ['divisionCode', 'nature', 'category', 'registryStatus', 'text'], {
        nature: ServiceNature,
        registryStatus: RegistryStatus,
      });
      const sort = sortFromQuery(query.sort, InstitutionSortField);
      const scope = res.locals.scope;
      const total = await services.institutions.count(scope, filter);
      return listExport({
        fileName: `服务机构-${services.clock.today()}.xlsx`,
        sheet: '服务机构',
        total,
        columns: [
          { header: '序号', width: 6 },
          { header: '单位名称', width: 40 },
          { header: '统一社会信用代码', width: 22 },
          { header: '所在地区', width: 20 },
          { header: '服务性质', width: 10 },
          { header: '主要服务方向', width: 24 },
          { header: '入库状态', width: 10 },
          { header: '入库日期', width: 12 },
          { header: '联系人', width: 12 },
          { header: '联系电话', width: 16 },
        ],
        rows: async function* () {
          let i = 0;
          for await (const batch of services.institutions.listAllChunks(scope, filter, sort)) {
            const categories = await services.institutions.mainCategoryCodes(batch.map((r) => r.id));
            for (const raw of batch) {
              const r = maskRow(user.role, Institution, raw);
              yield [
                ++i,
                r.name,
                r.uscc,
                services.divisions.placeName(r.divisionCode),
                r.nature ? SERVICE_NATURE_LABELS[r.nature] : '',
                (categories.get(r.id) ?? []).map((c) => SERVICE_CATEGORY_LABELS[c as keyof typeof SERVICE_CATEGORY_LABELS] ?? c).join('、'),
                REGISTRY_STATUS_LABELS[r.registryStatus],
                r.admittedOn ?? '',
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
