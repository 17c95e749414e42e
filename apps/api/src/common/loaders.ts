import DataLoader from 'dataloader';
import { auditNameLoader } from '../modules/audit/audit-names';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { HolidayCalendar } from '@hebei/domain';
import { ServiceCategory } from '../modules/catalog/service-category.entity';
import { Batch } from '../modules/batch/batch.entity';
import { InstitutionMainCategory } from '../modules/institution/institution.entity';
import { batchStatusCounts, BatchStatusCount } from '../modules/batch/batch.service';
import {
  Application,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationStaff,
  ApplicationStatus,
  SpotCheck,
} from '../modules/application/application.entity';
import { createServiceLoaders } from '../modules/browse/browse.loaders';
import { ChangeReportField } from '../modules/change/change-report.entity';
import { EvidenceFile, EvidenceOwner } from '../modules/evidence/evidence.entity';

/** Rows of a child table grouped by applicationId, one IN query per request. */
function byApplication<T extends ObjectLiteral & { applicationId: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  order: keyof T & string,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await db
      .getRepository(entity)
      .find({ where: { applicationId: In([...ids]) } as never, order: { [order]: 'ASC' } as never });
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.applicationId, [...(map.get(r.applicationId) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Evidence files of change reports or removal cases, one IN query per request. */
function evidenceOf(db: DataSource, ownerType: EvidenceOwner) {
  return new DataLoader<number, EvidenceFile[]>(async (ids) => {
    const rows = await db.getRepository(EvidenceFile).find({ where: { ownerType, ownerId: In([...ids]) }, order: { id: 'ASC' } });
    const map = new Map<number, EvidenceFile[]>();
    for (const r of rows) map.set(r.ownerId!, [...(map.get(r.ownerId!) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Per-request batch loaders: nested fields cost one query per field per request, not per row. */
export function createLoaders(db: DataSource, calendars: { calendar(): Promise<HolidayCalendar> }) {
  let calendar: Promise<HolidayCalendar> | undefined;
  const byId = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await db.getRepository(entity).find({ where: { id: In([...ids]) } as never });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  return {
    /** The holiday calendar as of this request: its version is checked once per request (CalendarService). */
    calendar: () => (calendar ??= calendars.calendar()),
    batchById: byId(Batch),
    /** Applications still listed in a notice (an upheld objection removes one), in id order. */
    noticeEntries: new DataLoader<number, Application[]>(async (noticeIds) => {
      const rows = await db.getRepository(Application).find({
        where: { noticeId: In([...noticeIds]), status: In([ApplicationStatus.IN_PUBLIC_NOTICE, ApplicationStatus.ADMITTED]) },
        order: { id: 'ASC' },
      });
      const map = new Map<number, Application[]>();
      for (const r of rows) map.set(r.noticeId!, [...(map.get(r.noticeId!) ?? []), r]);
      return noticeIds.map((id) => map.get(id) ?? []);
    }),
    mainCategoriesByInstitution: new DataLoader<number, ServiceCategory[]>(async (ids) => {
      const rows = await db
        .getRepository(InstitutionMainCategory)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.category', 'c')
        .where('m.institutionId IN (:...ids)', { ids: [...ids] })
        .orderBy('m.institutionId')
        .addOrderBy('m.position')
        .getMany();
      const byId = new Map<number, ServiceCategory[]>();
      for (const row of rows) {
        const list = byId.get(row.institutionId) ?? [];
        list.push(row.category!);
        byId.set(row.institutionId, list);
      }
      return ids.map((id) => byId.get(id) ?? []);
    }),
    batchStatusCounts: new DataLoader<number, BatchStatusCount[]>(async (ids) => {
      const map = await batchStatusCounts(db, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    applicationProducts: byApplication(db, ApplicationProduct, 'position'),
    applicationStaff: byApplication(db, ApplicationStaff, 'position'),
    applicationServedEnterprises: byApplication(db, ApplicationServedEnterprise, 'position'),
    applicationAttachments: byApplication(db, ApplicationAttachment, 'slot'),
    applicationEvents: byApplication(db, ApplicationEvent, 'id'),
    spotChecks: byApplication(db, SpotCheck, 'id'),
    changeReportFields: new DataLoader<number, ChangeReportField[]>(async (ids) => {
      const rows = await db
        .getRepository(ChangeReportField)
        .find({ where: { changeReportId: In([...ids]) }, order: { changeReportId: 'ASC', position: 'ASC' } });
      const map = new Map<number, ChangeReportField[]>();
      for (const r of rows) map.set(r.changeReportId, [...(map.get(r.changeReportId) ?? []), r]);
      return ids.map((id) => map.get(id) ?? []);
    }),
    changeReportEvidence: evidenceOf(db, EvidenceOwner.CHANGE_REPORT),
    removalCaseEvidence: evidenceOf(db, EvidenceOwner.REMOVAL_CASE),
    ...createServiceLoaders(db),
    auditNames: auditNameLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
