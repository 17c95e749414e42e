import express from 'express';
import { authenticated, sendError } from '../../common/rest';
import { Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { Services } from '../../services';
import { MAX_ATTACHMENT_BYTES } from '../attachment/file-type';

/** Who may upload evidence: institutions (change reports), PROVINCE (removal cases). */
const UPLOADERS = [Role.INSTITUTION, Role.PROVINCE];

/** `X-File-Name` is URL-encoded (non-ASCII names); a malformed one is a field error, not a URIError. */
function fileNameOf(header: string | string[] | undefined): string {
  if (header === undefined) return '';
  if (typeof header !== 'string' || header.length > 1000)
    throw badInput([{ field: 'fileName', code: 'FILE_NAME_INVALID', message: '文件名无效' }]);
  try {
    return decodeURIComponent(header);
  } catch {
    throw badInput([{ field: 'fileName', code: 'FILE_NAME_INVALID', message: '文件名编码无效（X-File-Name 应为 URL 编码）' }]);
  }
}

/** POST /api/evidence (raw body, header X-File-Name) → the file's id to cite; GET /api/evidence/:id downloads it. */
export function evidenceRouter(services: Services): express.Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });
  router.post(
    '/evidence',
    authenticated(services),
    (req, res, next) => {
      raw(req, res, (err?: unknown) => {
        if (err && (err as { type?: string }).type === 'entity.too.large') {
          const message = '单个文件不能超过20MB';
          res
            .status(413)
            .json({ error: { code: 'BAD_USER_INPUT', message, fields: [{ field: 'file', code: 'FILE_TOO_LARGE', message }] } });
          return;
        }
        if (err) return next(err);
        next();
      });
    },
    async (req, res) => {
      try {
        if (!UPLOADERS.includes(res.locals.actor.user.role)) throw forbidden();
        const name = fileNameOf(req.headers['x-file-name']);
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
      const param = String(req.params.id);
      const id = /^\d{1,10}$/.test(param) ? Number(param) : -1;
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
