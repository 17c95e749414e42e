import { DataSource, EntityManager } from 'typeorm';
import { RegistryIndex } from '../browse/registry-index';
import {
  CHANGE_FIELD_LABELS,
  CHANGE_FIELDS,
  ChangeField as DomainField,
  changeReportDueDate,
  changeReportMachine,
  changeReportViolations,
  HEBEI_PROVINCE_CODE,
  isChangeReportLate,
  parseUscc,
} from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { RegistryStatus } from '../../common/enums';
import { badInput, conflict, FieldError, forbidden, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { EvidenceOwner } from '../evidence/evidence.entity';
import { EvidenceService } from '../evidence/evidence.service';
import { Institution } from '../institution/institution.entity';
import { NotificationService } from '../notification/notification.service';
import { RemovalCaseSource, RemovalReason } from '../removal/removal-case.entity';
import { RemovalService } from '../removal/removal.service';
import { CHANGE_REPORT_ROWS, ChangeField, ChangeReport, ChangeReportField, ChangeReportStatus } from './change-report.entity';
import { ChangeErrorCode, ChangeMessages, changeNotAdmitted } from './change.errors';
import { ChangeReportFilter, ChangeReportInput, VerifyChangeReportInput } from './change.inputs';

/** Tables whose rows carry the institution's place: a verified relocation moves them with it (scope follows). */
const PLACED_TABLES = ['service_report', 'compliance_notice', 'change_report', 'removal_case', 'evidence_file'] as const;

/**
 * Major change reports (Art. 11, SPEC §4.2): the institution reports (due 3 months after the change, later ones
 * flagged), its city bureau verifies — still eligible: the changes are applied to the registry record, the old values
 * stay in the report; no longer eligible: a NO_LONGER_ELIGIBLE removal case goes to PROVINCE.
 */
export class ChangeService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
    private readonly removals: RemovalService,
    private readonly evidence: EvidenceService,
  ) {}

  async list(scope: Scope, filter: ChangeReportFilter = {}, first?: number, after?: string): Promise<Connection<ChangeReport>> {
    const size = pageSize(first);
    const qb = applyScope(this.db.getRepository(ChangeReport).createQueryBuilder('r'), 'r', scope, CHANGE_REPORT_ROWS);
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.institutionId) qb.andWhere('r.institutionId = :institutionId', { institutionId: Number(filter.institutionId) });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('r.id < :cursor', { cursor });
    // One statement for the page with its institutions and changed fields: the page's ids in a derived table (its
    // LIMIT counts reports, not joined rows), so the list costs auth, count, page and the evidence loader.
    const page = qb
      .select('r.id', 'pageId')
      .orderBy('r.id', 'DESC')
      .limit(size + 1);
    const rows = await this.db
      .getRepository(ChangeReport)
      .createQueryBuilder('r')
      .innerJoin(`(${page.getQuery()})`, 'p', 'p.pageId = r.id')
      .setParameters(page.getParameters())
      .leftJoinAndSelect('r.institution', 'ri')
      .leftJoinAndMapMany('r.fields', ChangeReportField, 'rf', 'rf.changeReportId = r.id')
      .orderBy('r.id', 'DESC')
      .addOrderBy('rf.position', 'ASC')
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  async get(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<ChangeReport> {
    const row = await applyScope(em.getRepository(ChangeReport).createQueryBuilder('r'), 'r', scope, CHANGE_REPORT_ROWS)
      .leftJoinAndSelect('r.institution', 'ri')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!row) throw notFound('变化报告');
    return row;
  }

  /** Submitted change reports waiting in the caller's jurisdiction (the menu badge). */
  waitingCount(scope: Scope): Promise<number> {
    return applyScope(this.db.getRepository(ChangeReport).createQueryBuilder('r'), 'r', scope, CHANGE_REPORT_ROWS)
      .andWhere('r.status = :submitted', { submitted: ChangeReportStatus.SUBMITTED })
      .getCount();
  }

  async submit(actor: Actor, input: ChangeReportInput): Promise<ChangeReport> {
    const institutionId = actor.user?.institutionId;
    if (!institutionId) throw forbidden();
    const today = this.clock.today();
    return this.db.transaction(async (em) => {
      const inst = await em.findOne(Institution, { where: { id: institutionId } });
      if (!inst || inst.registryStatus !== RegistryStatus.ADMITTED) throw changeNotAdmitted();
      const before = this.registryValues(inst);
      const changes = input.changes.map((c) => ({ field: c.field, after: c.after.trim() }));
      const errors: FieldError[] = [...changeReportViolations({ ...input, changes }, before, today)];
      if (!errors.length) errors.push(...(await this.registryViolations(em, inst, changes)));
      if (errors.length) throw badInput(errors);
      const report = em.create(ChangeReport, {
        institutionId,
        divisionCode: inst.divisionCode,
        type: input.type,
        changeDate: input.changeDate,
        dueDate: changeReportDueDate(input.changeDate),
        late: isChangeReportLate(input.changeDate, today),
        description: input.description.trim(),
        status: ChangeReportStatus.SUBMITTED,
        submittedAt: this.clock.now(),
        submittedOn: today,
        submittedByName: actor.user?.displayName ?? null,
        version: 1,
      });
      await em.insert(ChangeReport, report);
      if (changes.length) {
        await em.insert(
          ChangeReportField,
          changes.map((c, position) => ({
            changeReportId: report.id,
            field: c.field as ChangeField,
            beforeValue: before[c.field as DomainField],
            afterValue: c.after,
            position,
          })),
        );
      }
      await this.evidence.claim(em, actor, input.evidenceIds, {
        type: EvidenceOwner.CHANGE_REPORT,
        id: report.id,
        institutionId,
        divisionCode: inst.divisionCode,
      });
      await this.audit.record(em, actor, {
        action: 'SUBMIT_CHANGE_REPORT',
        entityType: 'ChangeReport',
        entityId: report.id,
        after: { ...report, changes },
      });
      const city = this.divisions.cityOf(inst.divisionCode)?.code;
      if (city) {
        await this.notifications.notify(
          em,
          [{ bureau: city }],
          'CHANGE_REPORT_SUBMITTED',
          { institutionName: inst.name, type: input.type, late: report.late, dueDate: report.dueDate },
          { type: 'ChangeReport', id: report.id },
        );
      }
      return Object.assign(report, { institution: inst });
    });
  }

  /**
   * The city bureau of the institution's place verifies (out of its jurisdiction answers like a missing report):
   * still eligible → the after-values are written to the institution (compare-and-set) and, for a new division, the
   * rows that carry its place move with it; no longer eligible → a NO_LONGER_ELIGIBLE case (or, if the institution
   * already has an open case, the report is linked to it). Concurrent verifications: one wins.
   */
  verify(scope: Scope, input: VerifyChangeReportInput, actor: Actor): Promise<ChangeReport> {
    const note = input.note?.trim() || null;
    if (!input.eligible && (!note || note.length < 5)) {
      throw badInput([{ field: 'note', code: ChangeErrorCode.REASON_REQUIRED, message: ChangeMessages.REASON_REQUIRED }]);
    }
    return this.db.transaction(async (em) => {
      const before = await this.get(scope, Number(input.changeReportId), em);
      if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(ChangeMessages.CONFLICT);
      const status = changeReportMachine.next(
        before.status,
        input.eligible ? 'VERIFY_ELIGIBLE' : 'VERIFY_INELIGIBLE',
      ) as ChangeReportStatus;
      const inst = await em.findOneOrFail(Institution, { where: { id: before.institutionId } });
      const patch: Partial<ChangeReport> = {
        status,
        verifiedAt: this.clock.now(),
        verifiedByName: actor.user?.displayName ?? null,
        verificationNote: note,
      };
      const after = await compareAndSet(em, ChangeReport, { ...before, institution: undefined }, patch, ChangeMessages.CONFLICT);
      if (input.eligible) {
        await this.apply(em, actor, inst, after);
      } else {
        const open = await em.query('SELECT id FROM removal_case WHERE openInstitutionId = ?', [inst.id]);
        const caseId = open.length
          ? Number(open[0].id)
          : (
              await this.removals.insertCase(em, actor, inst, {
                reason: RemovalReason.NO_LONGER_ELIGIBLE,
                source: RemovalCaseSource.CITY,
                description: `市级核实重大变化报告（${before.submittedOn}）：${note}`,
                changeReportId: after.id,
              })
            ).id;
        await compareAndSet(em, ChangeReport, after, { removalCaseId: caseId }, ChangeMessages.CONFLICT);
        await this.notifications.notify(em, [{ bureau: HEBEI_PROVINCE_CODE }], 'REMOVAL_CASE_TO_DECIDE', {
          institutionName: inst.name,
          reason: 'NO_LONGER_ELIGIBLE',
        });
      }
      await this.audit.record(em, actor, {
        action: input.eligible ? 'VERIFY_CHANGE_ELIGIBLE' : 'VERIFY_CHANGE_INELIGIBLE',
        entityType: 'ChangeReport',
        entityId: after.id,
        before: { status: before.status },
        after: { status: after.status, note, removalCaseId: after.removalCaseId },
      });
      await this.notifications.notify(
        em,
        [{ institutionId: inst.id }],
        'CHANGE_REPORT_VERIFIED',
        { eligible: input.eligible, note },
        { type: 'ChangeReport', id: after.id },
      );
      return Object.assign(after, { institution: inst });
    });
  }

  /** Writes the after-values to the registry record; its old values stay in the report (the institution's history). */
  private async apply(em: EntityManager, actor: Actor, inst: Institution, report: ChangeReport): Promise<void> {
    const fields = (await em.find(ChangeReportField, { where: { changeReportId: report.id }, order: { position: 'ASC' } })).map((f) => ({
      field: f.field as string,
      after: f.afterValue,
    }));
    if (!fields.length) return;
    const errors = await this.registryViolations(em, inst, fields);
    if (errors.length) throw badInput(errors, `变化事项不能写入登记信息：${errors.map((e) => e.message).join('；')}`);
    const before = this.registryValues(inst);
    const patch: Partial<Institution> = {};
    for (const f of fields) {
      (patch as Record<string, string>)[f.field] = f.field === 'uscc' ? parseUscc(f.after).normalized : f.after;
    }
    const moved = patch.divisionCode && patch.divisionCode !== inst.divisionCode ? patch.divisionCode : null;
    await compareAndSet(em, Institution, inst, patch, '该机构登记信息已被修改，请刷新后重试');
    await RegistryIndex.refresh(em, [inst.id]); // name, place or nature as the registry index shows them (issue #13)
    if (moved) {
      for (const table of PLACED_TABLES) {
        await em.query(`UPDATE ${table} SET divisionCode = ? WHERE institutionId = ?`, [moved, inst.id]);
      }
    }
    await this.audit.record(em, actor, {
      action: 'APPLY_CHANGE_REPORT',
      entityType: 'Institution',
      entityId: inst.id,
      before: Object.fromEntries(fields.map((f) => [f.field, before[f.field as DomainField]])),
      after: { ...patch, changeReportId: report.id },
    });
  }

  private registryValues(inst: Institution): Record<DomainField, string | null> {
    return Object.fromEntries(CHANGE_FIELDS.map((f) => [f, (inst[f] as string | null) ?? null])) as Record<DomainField, string | null>;
  }

  /** Checks that need reference data or other rows: a valid Hebei USCC not registered by another institution, a division. */
  private async registryViolations(
    em: EntityManager,
    inst: Institution,
    changes: { field: string; after: string }[],
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const [i, c] of changes.entries()) {
      const field = `changes.${i}.after`;
      if (c.field === 'uscc') {
        const parsed = parseUscc(c.after);
        for (const e of parsed.errors) errors.push({ field, code: 'USCC_INVALID', message: `${CHANGE_FIELD_LABELS.uscc}：${e.message}` });
        if (parsed.valid) {
          const taken = await em.findOne(Institution, { where: { uscc: parsed.normalized }, select: { id: true } });
          if (taken && taken.id !== inst.id) errors.push({ field, code: ChangeErrorCode.USCC_TAKEN, message: ChangeMessages.USCC_TAKEN });
        }
      }
      if (c.field === 'divisionCode' && !this.divisions.isRegistrableDivision(c.after)) {
        errors.push({ field, code: 'DIVISION_UNKNOWN', message: '区划代码不存在或不是县级单位' });
      }
    }
    return errors;
  }
}
