import fs from 'node:fs';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { storedFilePath, storeFile } from '../../common/file-store';
import { applyScope } from '../../common/scope';
import { AuditService } from '../audit/audit.service';
import { MAX_ATTACHMENT_BYTES, sniffFileType } from '../attachment/file-type';
import { EVIDENCE_ROWS, EvidenceFile, EvidenceOwner } from './evidence.entity';

/** Evidence for change reports and removal cases, in the attachment store (PDF/JPG/PNG by content, 20 MB). */
export class EvidenceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly uploadDir: string,
  ) {}

  async upload(fileName: string, content: Buffer, actor: Actor): Promise<EvidenceFile> {
    if (!actor.user) throw forbidden();
    if (content.length === 0) throw badInput([{ field: 'file', code: 'FILE_EMPTY', message: '文件为空' }]);
    if (content.length > MAX_ATTACHMENT_BYTES) throw badInput([{ field: 'file', code: 'FILE_TOO_LARGE', message: '单个文件不能超过20MB' }]);
    const type = sniffFileType(content);
    if (!type) throw badInput([{ field: 'file', code: 'FILE_TYPE', message: '只能上传PDF、JPG或PNG文件（按文件内容识别）' }]);
    const sha256 = storeFile(this.uploadDir, content);
    const cleanName = (fileName || `证明材料.${type.ext}`).replace(/[\\/\r\n\0]/g, '_').slice(0, 200);
    return this.db.transaction(async (em) => {
      const row = em.create(EvidenceFile, {
        ownerType: null,
        ownerId: null,
        institutionId: actor.user!.institutionId,
        divisionCode: null,
        fileName: cleanName,
        mimeType: type.mime,
        size: content.length,
        sha256,
        uploadedById: actor.user!.id,
        uploadedAt: this.clock.now(),
      });
      await em.insert(EvidenceFile, row);
      await this.audit.record(em, actor, { action: 'UPLOAD_EVIDENCE', entityType: 'EvidenceFile', entityId: row.id, after: row });
      return row;
    });
  }

  /**
   * The report or case citing the files takes them over, in its transaction: only the uploader's own unclaimed files
   * (anything else answers as a field error, and nothing is written).
   */
  async claim(
    em: EntityManager,
    actor: Actor,
    ids: readonly (string | number)[] | undefined,
    owner: { type: EvidenceOwner; id: number; institutionId: number; divisionCode: string },
  ): Promise<number> {
    const wanted = [...new Set((ids ?? []).map(Number))];
    if (!wanted.length) return 0;
    const result = await em
      .createQueryBuilder()
      .update(EvidenceFile)
      .set({ ownerType: owner.type, ownerId: owner.id, institutionId: owner.institutionId, divisionCode: owner.divisionCode })
      .where('id IN (:...wanted)', { wanted })
      .andWhere('uploadedById = :uploader', { uploader: actor.user?.id ?? -1 })
      .andWhere('ownerId IS NULL')
      .execute();
    if ((result.affected ?? 0) !== wanted.length) {
      throw badInput([{ field: 'evidenceIds', code: 'EVIDENCE_UNAVAILABLE', message: '证明材料不存在或已被使用，请重新上传' }]);
    }
    return wanted.length;
  }

  /** Files of one owner, for the detail views (loaders batch these). */
  async ofOwners(type: EvidenceOwner, ownerIds: readonly number[]): Promise<Map<number, EvidenceFile[]>> {
    const rows = ownerIds.length
      ? await this.db.getRepository(EvidenceFile).find({ where: { ownerType: type, ownerId: In([...ownerIds]) }, order: { id: 'ASC' } })
      : [];
    const map = new Map<number, EvidenceFile[]>();
    for (const r of rows) map.set(r.ownerId!, [...(map.get(r.ownerId!) ?? []), r]);
    return map;
  }

  /** A download: officers of the place and the institution concerned; an unclaimed file only its uploader. */
  async open(scope: Scope, actor: Actor, id: number): Promise<{ row: EvidenceFile; stream: fs.ReadStream }> {
    const row = await applyScope(this.db.getRepository(EvidenceFile).createQueryBuilder('e'), 'e', scope, EVIDENCE_ROWS)
      .andWhere('e.id = :id', { id })
      .getOne();
    const mine = !row ? await this.db.getRepository(EvidenceFile).findOne({ where: { id, uploadedById: actor.user?.id ?? -1 } }) : null;
    const file = row ?? mine;
    if (!file) throw notFound('证明材料');
    const path = storedFilePath(this.uploadDir, file.sha256);
    if (!fs.existsSync(path)) throw new AppError('FILE_MISSING', '文件缺失，请联系管理员');
    return { row: file, stream: fs.createReadStream(path) };
  }
}
