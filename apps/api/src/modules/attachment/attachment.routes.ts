import fs from 'node:fs';
import express from 'express';
import { Role } from '../../common/enums';
import { forbidden, notFound } from '../../common/errors';
import { authenticated, fileNameHeader, parseRestId, sendError, withStatus } from '../../common/rest';
import { Services } from '../../services';
import { fileTooLarge, slotError } from './attachment.service';
import { MAX_ATTACHMENT_BYTES } from './file-type';
import { ReceivedFile, receiveToTempFile, UploadTooLarge } from './upload-stream';

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
      const fileName = fileNameHeader(req.headers['x-file-name']);
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
