import { ACCOUNT_STATUS_LABELS, ROLE_LABELS } from '@hebei/domain';
import express from 'express';
import { DivisionLevel, Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { filterFromQuery, listExport } from '../../common/list-export';
import { maskRow } from '../../common/personal-data';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { BureauContact } from './bureau-contact.entity';
import { BureauFilter } from './bureau.inputs';

const READERS = new Set<string>([Role.PROVINCE, Role.CITY, Role.COUNTY]);
const LEVEL_NAMES: Partial<Record<DivisionLevel, string>> = { CITY: '市级', COUNTY: '县级' };

export function bureauRouter(services: Services): express.Router {
  const router = express.Router();
  // 主管部门名录 导出Excel: the screen's filters (query string as in the admin's URL), scoped and masked like the list.
  router.get('/exports/bureaus.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      const actor = res.locals.actor;
      if (!READERS.has(actor.user.role)) throw forbidden();
      const query = req.query as Record<string, unknown>;
      const strings = await filterFromQuery(BureauFilter, query, ['cityCode', 'level', 'text'], {
        level: { CITY: DivisionLevel.CITY, COUNTY: DivisionLevel.COUNTY },
      });
      const raw = query.hasAccounts;
      if (raw !== undefined && raw !== '' && raw !== 'true' && raw !== 'false')
        throw badInput([{ field: 'hasAccounts', code: 'INVALID', message: '筛选条件无效' }]);
      const filter: BureauFilter = { ...strings, hasAccounts: raw === 'true' ? true : raw === 'false' ? false : undefined };
      const scope = res.locals.scope;
      const total = await services.bureaus.count(scope, filter);
      return listExport({
        fileName: `主管部门名录-${services.clock.today()}.xlsx`,
        sheet: '主管部门名录',
        total,
        columns: [
          { header: '序号', width: 6 },
          { header: '所属市', width: 14 },
          { header: '主管部门（区划）', width: 24 },
          { header: '区划代码', width: 10 },
          { header: '层级', width: 8 },
          { header: '账号数', width: 8 },
          { header: '账号（角色·状态）', width: 48 },
          { header: '联系人', width: 12 },
          { header: '联系电话', width: 16 },
          { header: '地址', width: 36 },
        ],
        rows: async function* () {
          let i = 0;
          for await (const batch of services.bureaus.allChunks(actor, scope, filter)) {
            for (const b of batch) {
              const c = b.contact ? maskRow(actor.user.role, BureauContact, b.contact) : null;
              yield [
                ++i,
                b.city.name,
                b.fullName,
                b.code,
                LEVEL_NAMES[b.level] ?? '',
                b.accountCount,
                b.accounts.map((a) => `${a.username}（${ROLE_LABELS[a.role]}·${ACCOUNT_STATUS_LABELS[a.status]}）`).join('、'),
                c?.contactPerson ?? '',
                c?.contactPhone ?? '',
                c?.address ?? '',
              ];
            }
          }
        },
      });
    }),
  );
  return router;
}
