import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { ATTACHMENT_SLOT_NAMES, canEditApplication } from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError, badInput, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { Application, ApplicationAttachment } from '../application/application.entity';
import { notEditable } from '../application/application.errors';
import { ApplicationService } from '../application/application.service';
import { MAX_ATTACHMENT_BYTES, sniffFileType } from './file-type';
import { ReceivedFile, writeTempFile } from './upload-stream';

/** Where uploads are received before they are accepted (inside the store, so that accepting is a rename). */
const INCOMING = '.incoming';

export const slotError = () => badInput([{ field: 'slot', code: 'SLOT_INVALID', message: '材料序号应为1–12' }]);
export const fileTooLarge = () => badInput([{ field: 'file', code: 'FILE_TOO_LARGE', message: '单个文件不能超过20MB' }]);

/**
 * Files are stored content-addressed (uploadDir/ab/abcdef…). An upload is authorised before its body is read,
 * received into a temporary file, and moved into the store only when the row that points at it commits.
 */
export class AttachmentService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly applications: ApplicationService,
    private readonly uploadDir: string,
  ) {}

  private pathOf(sha256: string): string {
    return path.join(this.uploadDir, sha256.slice(0, 2), sha256);
  }

  get incomingDir(): string {
    return path.join(this.uploadDir, INCOMING);
  }

  /** Everything that can refuse an upload without its content: who, which application, which slot, its state. */
  async assertUploadable(scope: Scope, applicationId: number, slot: number, actor: Actor, em: EntityManager = this.db.manager) {
    if (!Number.isInteger(slot) || !ATTACHMENT_SLOT_NAMES[slot]) throw slotError();
    const app: Application = await this.applications.get(scope, applicationId, em);
    if (app.institutionId !== actor.user?.institutionId) throw notFound('申请');
    if (!canEditApplication(app.status)) throw notEditable('上传附件');
  }

  /** For in-process callers (the demo seed) that hold the content in memory. */
  async upload(scope: Scope, applicationId: number, slot: number, fileName: string, content: Buffer, actor: Actor) {
    await this.assertUploadable(scope, applicationId, slot, actor);
    const received = writeTempFile(this.incomingDir, content);
    try {
      return await this.store(scope, applicationId, slot, fileName, received, actor);
    } finally {
      fs.rmSync(received.path, { force: true });
    }
  }

  /** Accepts a received file: checks its content, records it (one transaction, audited) and only then stores it. */
  async store(
    scope: Scope,
    applicationId: number,
    slot: number,
    fileName: string,
    file: ReceivedFile,
    actor: Actor,
  ): Promise<ApplicationAttachment> {
    if (file.size === 0) throw badInput([{ field: 'file', code: 'FILE_EMPTY', message: '文件为空' }]);
    if (file.size > MAX_ATTACHMENT_BYTES) throw fileTooLarge();
    const type = sniffFileType(file.head);
    if (!type) throw badInput([{ field: 'file', code: 'FILE_TYPE', message: '只能上传PDF、JPG或PNG文件（按文件内容识别）' }]);
    // Sliced by code point, so a name is never cut inside a surrogate pair.
    const cleanName = [...(fileName || `附件${slot}.${type.ext}`).replace(/[\\/\r\n\0]/g, '_')].slice(0, 200).join('');
    const target = this.pathOf(file.sha256);
    let created = false;
    try {
      return await this.db.transaction(async (em) => {
        // Checked again inside the transaction: the application may have been submitted while the body arrived.
        await this.assertUploadable(scope, applicationId, slot, actor, em);
        const before = await em.findOne(ApplicationAttachment, { where: { applicationId, slot } });
        if (before) await em.delete(ApplicationAttachment, { id: before.id });
        const row = em.create(ApplicationAttachment, {
          applicationId,
          slot,
          fileName: cleanName,
          mimeType: type.mime,
          size: file.size,
          sha256: file.sha256,
          uploadedAt: this.clock.now(),
        });
        await em.save(row);
        await this.audit.record(em, actor, {
          action: 'UPLOAD_ATTACHMENT',
          entityType: 'Application',
          entityId: applicationId,
          before,
          after: row,
        });
        // Last step before the commit; synchronous, so it never holds the transaction open on I/O.
        if (!fs.existsSync(target)) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.renameSync(file.path, target);
          created = true;
        }
        return row;
      });
    } catch (e) {
      // The commit failed after the move: take the file back out unless another row already points at it.
      if (created && !(await this.db.getRepository(ApplicationAttachment).exists({ where: { sha256: file.sha256 } }))) {
        fs.rmSync(target, { force: true });
      }
      throw e;
    }
  }

  async remove(scope: Scope, applicationId: number, slot: number, actor: Actor): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const app = await this.applications.get(scope, applicationId, em);
      if (app.institutionId !== actor.user?.institutionId) throw notFound('申请');
      if (!canEditApplication(app.status)) throw notEditable('删除附件');
      const before = await em.findOne(ApplicationAttachment, { where: { applicationId, slot } });
      if (!before) throw notFound('附件');
      await em.delete(ApplicationAttachment, { id: before.id });
      await this.audit.record(em, actor, { action: 'DELETE_ATTACHMENT', entityType: 'Application', entityId: applicationId, before });
    });
    return true;
  }

  /**
   * Only those who may see the application may download its files. An attachment of an application out of sight
   * answers exactly like one that does not exist (no hint that the id is taken).
   */
  async open(scope: Scope, attachmentId: number): Promise<{ row: ApplicationAttachment; stream: fs.ReadStream }> {
    const row = await this.db.getRepository(ApplicationAttachment).findOne({ where: { id: attachmentId } });
    if (!row) throw notFound('附件');
    try {
      await this.applications.get(scope, row.applicationId);
    } catch (e) {
      if (e instanceof AppError && e.extensions.code === 'NOT_FOUND') throw notFound('附件');
      throw e;
    }
    const file = this.pathOf(row.sha256);
    if (!fs.existsSync(file)) throw new AppError('FILE_MISSING', '附件文件缺失，请联系管理员');
    return { row, stream: fs.createReadStream(file) };
  }
}
