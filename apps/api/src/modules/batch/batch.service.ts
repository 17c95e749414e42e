import { DataSource } from 'typeorm';
import { batchMachine, isIsoDate } from '@hebei/domain';
import { Actor } from '../../common/context';
import { compareAndSet } from '../../common/compare-and-set';
import { badInput, FieldError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { Application, ApplicationStatus } from '../application/application.entity';
import { Batch, BatchStatus } from './batch.entity';
import { BatchInput } from './batch.inputs';

export interface BatchStatusCount {
  status: ApplicationStatus;
  count: number;
}

export class BatchService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Batch[]> {
    return this.db.getRepository(Batch).find({ order: { id: 'DESC' } });
  }

  async get(id: number): Promise<Batch> {
    const batch = await this.db.getRepository(Batch).findOne({ where: { id } });
    if (!batch) throw notFound('申报批次');
    return batch;
  }

  statusCounts(batchIds: readonly number[]): Promise<Map<number, BatchStatusCount[]>> {
    return batchStatusCounts(this.db, batchIds);
  }

  async create(input: BatchInput, actor: Actor): Promise<Batch> {
    const errors: FieldError[] = [];
    if (!isIsoDate(input.onlineDeadline)) errors.push({ field: 'onlineDeadline', code: 'INVALID_DATE', message: '线上截止日期不存在' });
    if (!isIsoDate(input.paperDeadline)) errors.push({ field: 'paperDeadline', code: 'INVALID_DATE', message: '纸质材料截止日期不存在' });
    if (!errors.length && input.paperDeadline < input.onlineDeadline) {
      errors.push({ field: 'paperDeadline', code: 'DEADLINE_ORDER', message: '纸质材料截止日期不能早于线上截止日期' });
    }
    if (errors.length) throw badInput(errors);
    return this.db.transaction(async (em) => {
      if (await em.findOne(Batch, { where: { name: input.name.trim() } })) {
        throw badInput([{ field: 'name', code: 'BATCH_NAME_TAKEN', message: '批次名称已存在' }]);
      }
      const batch = em.create(Batch, { ...input, name: input.name.trim(), status: BatchStatus.DRAFT });
      await em.save(batch);
      await this.audit.record(em, actor, { action: 'CREATE_BATCH', entityType: 'Batch', entityId: batch.id, after: batch });
      return batch;
    });
  }

  async setStatus(id: number, status: BatchStatus.OPEN | BatchStatus.CLOSED, actor: Actor): Promise<Batch> {
    return this.db.transaction(async (em) => {
      const batch = await em.findOne(Batch, { where: { id } });
      if (!batch) throw notFound('申报批次');
      const next = batchMachine.next(batch.status, status === BatchStatus.OPEN ? 'OPEN' : 'CLOSE') as BatchStatus;
      const after = await compareAndSet(em, Batch, { ...batch }, { status: next }, '批次已被他人修改，请刷新后重试');
      await this.audit.record(em, actor, {
        action: status === BatchStatus.OPEN ? 'OPEN_BATCH' : 'CLOSE_BATCH',
        entityType: 'Batch',
        entityId: id,
        before: batch,
        after,
      });
      return after;
    });
  }
}

/** Counts per application status for the given batches, one GROUP BY (used by a per-request DataLoader). */
export async function batchStatusCounts(db: DataSource, batchIds: readonly number[]): Promise<Map<number, BatchStatusCount[]>> {
  const rows: { batchId: number; status: ApplicationStatus; count: string | number }[] = batchIds.length
    ? await db
        .getRepository(Application)
        .createQueryBuilder('a')
        .select('a.batchId', 'batchId')
        .addSelect('a.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('a.batchId IN (:...ids)', { ids: [...batchIds] })
        .groupBy('a.batchId')
        .addGroupBy('a.status')
        .getRawMany()
    : [];
  const map = new Map<number, BatchStatusCount[]>();
  for (const r of rows) {
    const list = map.get(Number(r.batchId)) ?? [];
    list.push({ status: r.status, count: Number(r.count) });
    map.set(Number(r.batchId), list);
  }
  return map;
}
