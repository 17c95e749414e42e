import express from 'express';
import { authenticated, sendError, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { importTooLarge, MAX_IMPORT_BYTES } from './import.errors';
import { IMPORT_TABLE_KEYS } from './import.service';

/**
 * GET /api/templates/<table>.xlsx: the empty template with a 填写说明 sheet. POST /api/imports/<table> (raw .xlsx body,
 * at most 2 MB): the preview `{ table, title, maxRows, rows: [{ row, value }], errors: [{ row, column, message }] }`.
 * Nothing is stored: the body is read into memory, parsed and dropped.
 */
export function importRouter(services: Services): express.Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES });
  for (const key of IMPORT_TABLE_KEYS) {
    router.get(`/templates/${key}.xlsx`, authenticated(services), (_req, res) =>
      sendExport(res, async () => services.imports.template(res.locals.actor.user, key)),
    );
    router.post(
      `/imports/${key}`,
      authenticated(services),
      (req, res, next) => {
        try {
          // Refused before a byte of the body is read.
          services.imports.authorize(res.locals.actor.user);
          if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) throw importTooLarge();
        } catch (e) {
          return sendError(res, e);
        }
        raw(req, res, (err?: unknown) => {
          if (err && (err as { type?: string }).type === 'entity.too.large') return sendError(res, importTooLarge());
          if (err) return next(err);
          next();
        });
      },
      async (req, res) => {
        try {
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          res.json(await services.imports.preview(res.locals.actor.user, key, body));
        } catch (e) {
          sendError(res, e);
        }
      },
    );
  }
  return router;
}
