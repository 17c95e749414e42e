import express from 'express';
import { authenticated, fileNameHeader, parseRestId, sendError, withStatus } from '../../common/rest';
import { Role } from '../../common/enums';
import { forbidden } from '../../common/errors';
import { Services } from '../../services';
import { fileTooLarge } from '../attachment/attachment.service';
import { MAX_ATTACHMENT_BYTES } from '../attachment/file-type';

/** Who may upload evidence: institutions (change reports), PROVINCE (removal cases). */
const UPLOADERS = [Role.INSTITUTION, Role.PROVINCE];

/** POST /api/evidence (raw body, header X-File-Name) → the file's id to cite; GET /api/evidence/:id downloads it. */
export function evidenceRouter(services: Services): express.Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });
  router.post(
    '/evidence',
    authenticated(services),
    (req, res, next) => {
      raw(req, res, (err?: unknown) => {
        if (err && (err as { type?: string }).type === 'entity.too.large') return sendError(res, withStatus(fileTooLarge(), 413));
        if (err) return next(err);
        next();
      });
    },
    async (req, res) => {
      try {
        if (!UPLOADERS.includes(res.locals.actor.user.role)) throw forbidden();
        const name = fileNameHeader(req.headers['x-file-name']);
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const row = await services.evidence.upload(name, body, res.locals.actor);
        res.status(201).json({ id: String(row.id), fileName: row.fileName, mimeType: row.mimeType, size: row.size });
      } catch (e) {
        sendError(res, e);
      }
    },
  );
  router.get('/evidence/:id', authenticated(services), async (req, res) => {
    try {
      const id = parseRestId(req.params.id) ?? -1; // no such file: answered as one out of scope
      const { row, stream } = await services.evidence.open(res.locals.scope, res.locals.actor, id);
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
