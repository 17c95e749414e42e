import fs from 'node:fs';
import express from 'express';
import { Role } from '../../common/enums';
import { badInput, forbidden, notFound } from '../../common/errors';
import { authenticated, parseRestId, sendError, withStatus } from '../../common/rest';
import { Services } from '../../services';
import { fileTooLarge, slotError } from './attachment.service';
import { MAX_ATTACHMENT_BYTES } from './file-type';
import { ReceivedFile, receiveToTempFile, UploadTooLarge } from './upload-stream';

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

export function attachmentRouter(services: Services): express.Router {
  const router = express.Router();

  router.post('/applications/:id/attachments/:slot', authenticated(services), async (req, res) => {
    let received: ReceivedFile | undefined;
    try {
      // Only applicants upload (as deleteApplicationAttachment): other roles are refused like in GraphQL.
      if (res.locals.actor.user.role !== Role.INSTITUTION) throw forbidden();
      const applicationId = parseRestId(req.params.id);
      if (applicationId === null) throw notFound('申请');
      const slot = parseRestId(req.params.slot);
      if (slot === null) throw slotError();
      const fileName = fileNameOf(req.headers['x-file-name']);
      if (Number(req.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES) throw withStatus(fileTooLarge(), 413);
      // Refused before a byte of the body is read: nothing reaches the disk for someone who may not upload here.
      await services.attachments.assertUploadable(res.locals.scope, applicationId, slot, res.locals.actor);
      try {
        received = await receiveToTempFile(req, services.attachments.incomingDir, MAX_ATTACHMENT_BYTES);
      } catch (e) {
        throw e instanceof UploadTooLarge ? withStatus(fileTooLarge(), 413) : e;
      }
      const row = await services.attachments.store(res.locals.scope, applicationId, slot, fileName, received, res.locals.actor);
      res.status(201).json(row);
    } catch (e) {
      sendError(res, e);
    } finally {
      // Moved into the store on success; on every other path the temporary file goes.
      if (received) fs.rmSync(received.path, { force: true });
    }
  });

  router.get('/attachments/:id', authenticated(services), async (req, res) => {
    try {
      const id = parseRestId(req.params.id);
      if (id === null) throw notFound('附件');
      const { row, stream } = await services.attachments.open(res.locals.scope, id);
      res.setHeader('Content-Type', row.mimeType);
      res.setHeader('Content-Length', String(row.size));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      stream.on('error', (e) => res.destroy(e));
      stream.pipe(res);
    } catch (e) {
      sendError(res, e);
    }
  });
  return router;
}
