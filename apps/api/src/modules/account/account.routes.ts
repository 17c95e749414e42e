import express from 'express';
import { Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { authenticated, optionalQueryString, sendXlsx } from '../../common/rest';
import { Services } from '../../services';
import { AccountFilter } from './account.inputs';
import { AccountStatus } from './account.types';

const MANAGED = new Set<string>([Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST]);

/** The screen's filter from the query string, refused field by field like the GraphQL input. */
function filterOf(query: express.Request['query']): AccountFilter {
  const text = optionalQueryString(query.text, 'text', '搜索词');
  const role = optionalQueryString(query.role, 'role', '角色');
  const status = optionalQueryString(query.status, 'status', '状态');
  if (text && [...text].length > 50) throw badInput([{ field: 'text', code: 'INVALID', message: '搜索词最多50个字' }]);
  if (role && !MANAGED.has(role)) throw badInput([{ field: 'role', code: 'INVALID', message: '角色无效' }]);
  if (status && !(status in AccountStatus)) throw badInput([{ field: 'status', code: 'INVALID', message: '状态无效' }]);
  return { text, role: role as Role | undefined, status: status as AccountStatus | undefined };
}

export function accountRouter(services: Services): express.Router {
  const router = express.Router();
  router.get('/exports/accounts.xlsx', authenticated(services), (req, res) =>
    sendXlsx(res, async () => {
      const role = res.locals.actor.user.role;
      if (role !== Role.PROVINCE && role !== Role.CITY) throw forbidden();
      return services.accounts.export(res.locals.scope, filterOf(req.query));
    }),
  );
  return router;
}
