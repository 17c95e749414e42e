import express from 'express';
import { parseAnalyticsQueryJson } from '@hebei/domain';
import { badInput, forbidden } from '../../common/errors';
import { authenticated, sendError, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { ExportFormat } from './analytics.export';
import { invalidQuery } from './analytics.errors';
import { ANALYTICS_ROLES } from './analytics.service';

const json = express.json({ limit: '1mb' });

/**
 * `POST /api/exports/analytics.xlsx|csv` with `{ "query": AnalyticsQueryInput }`: the query runs with the caller's scope
 * and masking, exactly as on screen. Refusals answer JSON before any byte of the file; X-Export-Rows announces the rows.
 */
export function analyticsExportRouter(services: Services): express.Router {
  const router = express.Router();
  for (const format of ['xlsx', 'csv'] as const satisfies readonly ExportFormat[]) {
    router.post(
      `/exports/analytics.${format}`,
      authenticated(services),
      (req, res, next) =>
        json(req, res, (err?: unknown) => {
          if (err) return sendError(res, badInput([{ field: 'body', code: 'INVALID_JSON', message: '请求内容不是有效的JSON' }]));
          next();
        }),
      (req, res) =>
        sendExport(res, async () => {
          const actor = res.locals.actor;
          if (!ANALYTICS_ROLES.includes(actor.user.role)) throw forbidden();
          const parsed = parseAnalyticsQueryJson((req.body as { query?: unknown } | undefined)?.query);
          if (!parsed.ok) throw invalidQuery(parsed.violations);
          return services.analyticsExports.prepare({ ...actor, scope: res.locals.scope }, parsed.query, format);
        }),
    );
  }
  return router;
}
