import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { ATTACHMENT_SLOT_NAMES, canEditApplication } from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError, badInput, notFound } from '../../common/errors';
import { storedFilePath, storeFile } from '../../common/file-store';
import { AuditService } from '../audit/audit.service';
import { ApplicationAttachment } from '../application/application.entity';
import { notEditable } from '../application/application.errors';
import { ApplicationService } from '../application/application.service';
import { MAX_ATTACHMENT_BYTES, sniffFileType } from './file-type';

/** Application attachments, in the shared content-addressed store (common/file-store.ts). */
export class AttachmentService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly applications: ApplicationService,
    private readonly uploadDir: string,
  ) {}

  private pathOf(sha256: string): string {
    return storedFilePath(this.uploadDir, sha256);
  }

  async upload(
    scope: Scope,
    applicationId: number,
    slot: number,
    fileName: string,
    content: Buffer,
    actor: Actor,
  ): Promise<ApplicationAttachment> {
    if (!Number.isInteger(slot) || !ATTACHMENT_SLOT_NAMES[slot]) {
      throw badInput([{ field: 'slot', code: 'SLOT_INVALID', message: '材料序号应为1–12' }]);
    }
    if (content.length === 0) throw badInput([{ field: 'file', code: 'FILE_EMPTY', message: '文件为空' }]);
    if (content.length > MAX_ATTACHMENT_BYTES) throw badInput([{ field: 'file', code: 'FILE_TOO_LARGE', message: '单个文件不能超过20MB' }]);
    const type = sniffFileType(content);
    if (!type) throw badInput([{ field: 'file', code: 'FILE_TYPE', message: '只能上传PDF、JPG或PNG文件（按文件内容识别）' }]);
    const cleanName = (fileName || `附件${slot}.${type.ext}`).replace(/[\\/\r\n\0]/g, '_').slice(0, 200);
    const sha256 = storeFile(this.uploadDir, content);
    return this.db.transaction(async (em) => {
      const app = await this.applications.get(scope, applicationId, em);
      if (app.institutionId !== actor.user?.institutionId) throw notFound('申请');
      if (!canEditApplication(app.status)) throw notEditable('上传附件');
      const before = await em.findOne(ApplicationAttachment, { where: { applicationId, slot } });
      if (before) await em.delete(ApplicationAttachment, { id: before.id });
      const row = em.create(ApplicationAttachment, {
        applicationId,
        slot,
        fileName: cleanName,
        mimeType: type.mime,
        size: content.length,
        sha256,
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
      return row;
    });
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

  /** Only those who may see the application may download its files. */
  async open(scope: Scope, attachmentId: number): Promise<{ row: ApplicationAttachment; stream: fs.ReadStream }> {
    const row = await this.db.getRepository(ApplicationAttachment).findOne({ where: { id: attachmentId } });
    if (!row) throw notFound('附件');
    await this.applications.get(scope, row.applicationId);
    const file = this.pathOf(row.sha256);
    if (!fs.existsSync(file)) throw new AppError('FILE_MISSING', '附件文件缺失，请联系管理员');
    return { row, stream: fs.createReadStream(file) };
  }
}
