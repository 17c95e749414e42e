import express from 'express';
import { authenticated, sendError } from '../../common/rest';
import { Services } from '../../services';
import { MAX_ATTACHMENT_BYTES } from './file-type';

// The REST helpers moved to common/rest.ts (shared by every REST route); re-exported for existing imports.
export { authenticated, sendError };

export function attachmentRouter(services: Services): express.Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });

  router.post(
    '/applications/:id/attachments/:slot',
    authenticated(services),
    (req, res, next) => {
      raw(req, res, (err?: unknown) => {
        if (err && (err as { type?: string }).type === 'entity.too.large') {
          res.status(413).json({
            error: {
              code: 'BAD_USER_INPUT',
              message: '单个文件不能超过20MB',
              fields: [{ field: 'file', code: 'FILE_TOO_LARGE', message: '单个文件不能超过20MB' }],
            },
          });
          return;
        }
        if (err) return next(err);
        next();
      });
    },
    async (req, res) => {
      try {
        const name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const row = await services.attachments.upload(
          res.locals.scope,
          Number(req.params.id),
          Number(req.params.slot),
          name,
          body,
          res.locals.actor,
        );
        res.status(201).json(row);
      } catch (e) {
        sendError(res, e);
      }
    },
  );

  router.get('/attachments/:id', authenticated(services), async (req, res) => {
    try {
      const { row, stream } = await services.attachments.open(res.locals.scope, Number(req.params.id));
      res.setHeader('Content-Type', row.mimeType);
      res.setHeader('Content-Length', String(row.size));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      stream.pipe(res);
    } catch (e) {
      sendError(res, e);
    }
  });
  return router;
}
