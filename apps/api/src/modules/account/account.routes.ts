import express from 'express';
import { ACCOUNT_STATUS_LABELS, formatShanghaiDateTime, ROLE_LABELS } from '@hebei/domain';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { filterFromQuery, listExport, sortFromQuery } from '../../common/list-export';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { AccountFilter, AccountSortField } from './account.inputs';
import { AccountStatus } from './account.types';

const MANAGED: Record<string, string> = { PROVINCE: Role.PROVINCE, CITY: Role.CITY, COUNTY: Role.COUNTY, ANALYST: Role.ANALYST };

export function accountRouter(services: Services): express.Router {
  const router = express.Router();
  // 用户管理 导出Excel: the screen's filters and sort (query string as in the admin's URL), scoped like the list.
  router.get('/exports/accounts.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      const role = res.locals.actor.user.role;
      if (role !== Role.PROVINCE && role !== Role.CITY) throw forbidden();
      const query = req.query as Record<string, unknown>;
      const filter = await filterFromQuery(AccountFilter, query, ['text', 'role', 'status'], { role: MANAGED, status: AccountStatus });
      const sort = sortFromQuery(query.sort, AccountSortField);
      const scope = res.locals.scope;
      const total = await services.accounts.count(scope, filter);
      const time = (d: Date | null) => (d ? formatShanghaiDateTime(d) : '');
      return listExport({
        fileName: `用户账号-${services.clock.today()}.xlsx`,
        sheet: '用户账号',
        total,
        columns: [
          { header: '用户名', width: 16 },
          { header: '单位或姓名', width: 30 },
          { header: '角色', width: 16 },
          { header: '所属区划', width: 20 },
          { header: '状态', width: 10 },
          { header: '锁定至', width: 18 },
          { header: '最近登录', width: 18 },
          { header: '创建时间', width: 18 },
        ],
        rows: async function* () {
          for await (const batch of services.accounts.listAllChunks(scope, filter, sort)) {
            for (const r of batch) {
              yield [
                r.username,
                r.displayName,
                ROLE_LABELS[r.role],
                r.division?.name ?? '',
                ACCOUNT_STATUS_LABELS[r.status],
                time(r.lockedUntil),
                time(r.lastLoginAt),
                time(r.createdAt),
              ];
            }
          }
        },
      });
    }),
  );
  return router;
}
