import { DataSource, EntityManager } from 'typeorm';
import {
  campaignMachine,
  compareIsoDate,
  computedIndicatorValue,
  EVALUATION_SOURCE_LABELS,
  evaluationTotal,
  FAILING_GRADE,
  gradeFor,
  indicatorValue,
  isIsoDate,
  isSheetComplete,
  naPoints,
  reportDeadlinesBetween,
  rubricMachine,
  rubricViolations,
  scoreViolation,
  sheetMachine,
  EvaluationSource as DomainSource,
  IndicatorCounts,
  RubricIndicator,
} from '@hebei/domain';
import { Actor, Scope } from '../../common/context';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { AppError, badInput, conflict, FieldError, notFound } from '../../common/errors';
import { Role, RegistryStatus } from '../../common/enums';
import { containsPattern, LIKE_ESCAPE } from '../../common/like';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { isUniqueViolation, rawQuery, sqlDate } from '../../common/sql';
import { AuditService } from '../audit/audit.service';
import { DivisionService } from '../division/division.service';
import { Institution } from '../institution/institution.entity';
import { NotificationService } from '../notification/notification.service';
import { RemovalCase, RemovalCaseSource, RemovalReason } from '../removal/removal-case.entity';
import { RemovalService } from '../removal/removal.service';
import {
  CampaignStatus,
  EvaluationCampaign,
  EvaluationFigures,
  EvaluationRubric,
  EvaluationSheet,
  EVALUATION_SHEET_ROWS,
  EvaluationSource,
  IndicatorKind,
  RubricStatus,
  ScoreEntry,
  SheetStatus,
} from './evaluation.entity';
import { campaignExists, EvaluationMessages, sheetsIncomplete } from './evaluation.errors';
import {
  CampaignVersionInput,
  EvaluationSheetFilter,
  OnSiteVerificationInput,
  OpenEvaluationCampaignInput,
  SaveEvaluationRubricInput,
  ScoreEvaluationSheetInput,
} from './evaluation.inputs';
import { EvaluationDistribution, EvaluationEvidenceRow, EvaluationIndicatorResult, EvaluationProgress } from './evaluation.types';

const nameOf = (actor: Actor) => actor.user?.displayName ?? '系统';
const trimOrNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);
const CHUNK = 500;

/** The four quarterly-report deadlines of a year (Art. 10). */
const reportDeadlinesOf = (year: number) => reportDeadlinesBetween(`${year - 1}-12-31`, `${year}-12-31`);

/** The counts of one computed source out of a sheet's figures (see the INSERT … SELECT in `writeFigures`). */
export function countsOf(source: DomainSource, f: EvaluationFigures | null | undefined): IndicatorCounts | null {
  if (!f) return null;
  switch (source) {
    case 'REPORTING_COMPLIANCE':
      return { count: f.reportsOnTime, base: f.reportsDue };
    case 'BOOKING_RESPONSE':
      return { count: f.bookingsAnsweredInTime, base: f.bookingsReceived };
    case 'BOOKING_COMPLETION':
      return { count: f.bookingsCompleted, base: f.bookingsAccepted };
    case 'SATISFACTION':
      return { count: f.ratingSum, base: f.ratingCount };
    case 'ENTERPRISES_SERVED':
      return { count: f.enterprisesServed, base: f.reportsSubmitted };
    case 'PUBLIC_WELFARE':
      return { count: f.welfareJoined + f.welfareReported, base: 0 };
  }
}

/** Every indicator of a sheet, from the rubric, the figures and both scorers' entries (no query). */
export function sheetIndicators(rubric: EvaluationRubric, sheet: EvaluationSheet, figures: EvaluationFigures | null | undefined) {
  return rubric.indicators.map((i): EvaluationIndicatorResult => {
    const counts = i.kind === 'COMPUTED' && i.source ? countsOf(i.source, figures) : null;
    const entry: ScoreEntry | undefined = sheet.scores?.[i.code];
    const city: ScoreEntry | undefined = sheet.cityScores?.[i.code];
    const value =
      i.kind === 'COMPUTED'
        ? counts
          ? computedIndicatorValue(i.source!, counts)
          : null
        : entry?.score == null
          ? null
          : indicatorValue({ indicator: i, score: entry.score });
    return {
      code: i.code,
      name: i.name,
      kind: i.kind as IndicatorKind,
      points: i.points,
      source: (i.source as EvaluationSource) ?? null,
      maxScore: i.maxScore ?? null,
      guidance: i.guidance ?? null,
      count: counts ? counts.count : null,
      base: counts && i.source !== 'PUBLIC_WELFARE' ? counts.base : null,
      formula: i.source ? EVALUATION_SOURCE_LABELS[i.source] : null,
      value,
      notApplicable: i.kind === 'COMPUTED' && value === null,
      score: entry?.score ?? null,
      comment: entry?.comment ?? null,
      cityScore: city?.score ?? null,
      cityComment: city?.comment ?? null,
      earned: value === null ? null : Math.round(i.points * value * 100) / 100,
    };
  });
}

/** Total, grade and N/A points of a complete sheet by the domain rules; null while scored indicators are missing. */
export function resultOf(
  rubric: EvaluationRubric,
  sheet: Pick<EvaluationSheet, 'scores' | 'onSitePassed'>,
  figures: EvaluationFigures | null,
) {
  const scores = Object.fromEntries(Object.entries(sheet.scores ?? {}).map(([k, v]) => [k, v?.score]));
  if (!isSheetComplete(rubric.indicators, scores)) return { total: null, grade: null, naPoints: 0, complete: false };
  const values = rubric.indicators.map((i: RubricIndicator) => ({
    points: i.points,
    value:
      i.kind === 'COMPUTED'
        ? i.source
          ? computedIndicatorValue(i.source, countsOf(i.source, figures) ?? { count: 0, base: 0 })
          : null
        : indicatorValue({ indicator: i, score: scores[i.code] }),
  }));
  const total = evaluationTotal(values);
  return { total, grade: gradeFor(total, rubric.bands, sheet.onSitePassed === false), naPoints: naPoints(values), complete: true };
}

function rankCursor(total: number | null, id: number): string {
  return Buffer.from(`r:${total ?? -1}:${id}`, 'utf8').toString('base64url');
}
function decodeRankCursor(cursor: string): { total: number; id: number } {
  const m = /^r:(-?\d+(?:\.\d+)?):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m)
    throw new AppError('BAD_USER_INPUT', '分页游标无效', { fields: [{ field: 'after', code: 'INVALID_CURSOR', message: '分页游标无效' }] });
  return { total: Number(m[1]), id: Number(m[2]) };
}

/**
 * The annual evaluation (Art. 5, 12, SPEC §4.3): rubric versions, campaigns that snapshot the registry on a reference
 * date, computed figures written set-based for the whole campaign (one INSERT … SELECT over aggregated subqueries),
 * compare-and-set scoring by the province and city pre-scoring, on-site verification, publication that freezes every
 * value and proposes removal for 不合格.
 */
export class EvaluationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly notifications: NotificationService,
    private readonly removals: RemovalService,
  ) {}

  // ---- rubrics ----

  rubrics(): Promise<EvaluationRubric[]> {
    return this.db.getRepository(EvaluationRubric).find({ order: { id: 'DESC' }, take: 100 });
  }

  async rubric(id: number, em: EntityManager = this.db.manager): Promise<EvaluationRubric> {
    const row = await em.findOne(EvaluationRubric, { where: { id } });
    if (!row) throw notFound('评价指标体系');
    return row;
  }

  /** A new draft version (no id) or an edit of a draft; points must add up to 100; a locked version refuses. */
  saveRubric(input: SaveEvaluationRubricInput, actor: Actor): Promise<EvaluationRubric> {
    const indicators: RubricIndicator[] = input.indicators.map((i) => ({
      code: i.code.trim(),
      name: i.name.trim(),
      kind: i.kind,
      points: i.points,
      ...(i.kind === IndicatorKind.COMPUTED
        ? { source: i.source ?? null }
        : { maxScore: i.maxScore ?? null, guidance: trimOrNull(i.guidance) }),
    }));
    const bands = input.bands.map((b) => ({ grade: b.grade.trim(), min: b.min }));
    const violations = rubricViolations(indicators, bands);
    if (violations.length) throw badInput(violations);
    return this.db.transaction(async (em) => {
      if (!input.id) {
        const row = em.create(EvaluationRubric, {
          name: input.name.trim(),
          status: RubricStatus.DRAFT,
          indicators,
          bands,
          updatedByName: nameOf(actor),
          version: 1,
        });
        await em.insert(EvaluationRubric, row);
        await this.audit.record(em, actor, {
          action: 'CREATE_EVALUATION_RUBRIC',
          entityType: 'EvaluationRubric',
          entityId: row.id,
          after: row,
        });
        return row;
      }
      const before = await this.rubric(Number(input.id), em);
      rubricMachine.next(before.status, 'EDIT');
      if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(EvaluationMessages.RUBRIC_CONFLICT);
      const after = await compareAndSet(
        em,
        EvaluationRubric,
        { ...before },
        { name: input.name.trim(), indicators, bands, updatedByName: nameOf(actor) },
        EvaluationMessages.RUBRIC_CONFLICT,
      );
      await this.audit.record(em, actor, {
        action: 'UPDATE_EVALUATION_RUBRIC',
        entityType: 'EvaluationRubric',
        entityId: after.id,
        before,
        after,
      });
      return after;
    });
  }

  // ---- campaigns ----

  async campaigns(first?: number, after?: string): Promise<Connection<EvaluationCampaign>> {
    const size = pageSize(first);
    const qb = this.db.getRepository(EvaluationCampaign).createQueryBuilder('c').leftJoinAndSelect('c.rubric', 'r');
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('c.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('c.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const totalCount = cursor === undefined && rows.length <= size ? rows.length : await this.db.getRepository(EvaluationCampaign).count();
    return toConnection(rows, size, totalCount);
  }

  async campaign(id: number, em: EntityManager = this.db.manager): Promise<EvaluationCampaign> {
    const row = await em
      .getRepository(EvaluationCampaign)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.rubric', 'r')
      .where('c.id = :id', { id })
      .getOne();
    if (!row) throw notFound('评价活动');
    return row;
  }

  /** Progress of several campaigns in one GROUP BY (within the caller's jurisdiction). */
  async progress(scope: Scope, campaignIds: readonly number[]): Promise<Map<number, EvaluationProgress>> {
    const out = new Map<number, EvaluationProgress>(campaignIds.map((id) => [id, { sheets: 0, scored: 0, onSite: 0, onSiteFailed: 0 }]));
    if (!campaignIds.length) return out;
    const qb = applyScope(this.db.getRepository(EvaluationSheet).createQueryBuilder('s'), 's', scope, EVALUATION_SHEET_ROWS)
      .select('s.campaignId', 'campaignId')
      .addSelect('COUNT(*)', 'sheets')
      .addSelect(`SUM(CASE WHEN s.status <> '${SheetStatus.PENDING}' THEN 1 ELSE 0 END)`, 'scored')
      .addSelect('SUM(CASE WHEN s.onSitePassed IS NOT NULL THEN 1 ELSE 0 END)', 'onSite')
      .addSelect('SUM(CASE WHEN s.onSitePassed = :failed THEN 1 ELSE 0 END)', 'onSiteFailed')
      .setParameter('failed', false)
      .andWhere('s.campaignId IN (:...campaignIds)', { campaignIds: [...campaignIds] })
      .groupBy('s.campaignId');
    for (const r of await qb.getRawMany<Record<string, unknown>>()) {
      out.set(Number(r.campaignId), {
        sheets: Number(r.sheets),
        scored: Number(r.scored ?? 0),
        onSite: Number(r.onSite ?? 0),
        onSiteFailed: Number(r.onSiteFailed ?? 0),
      });
    }
    return out;
  }

  /** PROVINCE opens year Y: locks the rubric version, snapshots the institutions admitted on the reference date, computes. */
  openCampaign(input: OpenEvaluationCampaignInput, actor: Actor): Promise<EvaluationCampaign> {
    const today = this.clock.today();
    const fields: FieldError[] = [];
    if (!isIsoDate(input.referenceDate)) fields.push({ field: 'referenceDate', code: 'DATE_INVALID', message: '基准日不是有效日期' });
    else if (compareIsoDate(input.referenceDate, today) > 0)
      fields.push({ field: 'referenceDate', code: 'REFERENCE_AFTER_TODAY', message: EvaluationMessages.REFERENCE_AFTER_TODAY });
    else if (![input.year, input.year + 1].includes(Number(input.referenceDate.slice(0, 4)))) {
      fields.push({ field: 'referenceDate', code: 'REFERENCE_YEAR', message: EvaluationMessages.REFERENCE_YEAR });
    }
    if (fields.length) throw badInput(fields);
    return this.db.transaction(async (em) => {
      if (await em.findOne(EvaluationCampaign, { where: { year: input.year }, select: { id: true } })) throw campaignExists(input.year);
      const rubric = await this.rubric(Number(input.rubricId), em).catch(() => {
        throw badInput([{ field: 'rubricId', code: 'RUBRIC_UNKNOWN', message: '评价指标体系不存在' }]);
      });
      if (rubric.status !== RubricStatus.LOCKED) {
        await compareAndSet(
          em,
          EvaluationRubric,
          { ...rubric },
          { status: rubricMachine.next(rubric.status, 'LOCK') as RubricStatus },
          EvaluationMessages.RUBRIC_CONFLICT,
        );
      }
      const row = em.create(EvaluationCampaign, {
        year: input.year,
        name: trimOrNull(input.name) ?? `${input.year}年度服务机构评价`,
        rubricId: rubric.id,
        referenceDate: input.referenceDate,
        status: CampaignStatus.OPEN,
        computedAt: this.clock.now(),
        computedAsOf: this.asOf(input.year),
        openedByName: nameOf(actor),
        version: 1,
      });
      try {
        await em.transaction((inner) => inner.insert(EvaluationCampaign, row));
      } catch (e) {
        if (isUniqueViolation(e)) throw campaignExists(input.year);
        throw e;
      }
      await this.snapshot(em, row);
      await this.writeFigures(em, row);
      await this.audit.record(em, actor, {
        action: 'OPEN_EVALUATION_CAMPAIGN',
        entityType: 'EvaluationCampaign',
        entityId: row.id,
        after: row,
      });
      return Object.assign(row, { rubric });
    });
  }

  /** The figures count data up to the end of Y, or today while Y runs. */
  private asOf(year: number): string {
    const today = this.clock.today();
    const end = `${year}-12-31`;
    return compareIsoDate(today, end) < 0 ? today : end;
  }

  /** Institutions admitted on the reference date: admitted by then and not removed (effective) between admission and then. */
  private async snapshot(em: EntityManager, c: EvaluationCampaign): Promise<void> {
    await rawQuery(
      em,
      `INSERT INTO evaluation_sheet (campaignId, institutionId, institutionName, divisionCode, categoryCode, status, scores, cityScores, naPoints, version)
       SELECT :campaignId, i.id, i.name, i.divisionCode,
         (SELECT mc.categoryCode FROM institution_main_category mc WHERE mc.institutionId = i.id ORDER BY mc.position LIMIT 1),
         :pending, '{}', '{}', 0, 1
       FROM institution i
       WHERE i.admittedOn IS NOT NULL AND i.admittedOn <= :ref
         AND (i.registryStatus = :admitted OR EXISTS (
           SELECT 1 FROM removal_case rc WHERE rc.institutionId = i.id AND rc.status = :removed AND rc.effectiveDate > :ref))`,
      { campaignId: c.id, pending: SheetStatus.PENDING, ref: c.referenceDate, admitted: RegistryStatus.ADMITTED, removed: 'REMOVED' },
    );
  }

  /**
   * One pass for all sheets of the campaign: DELETE the figures, INSERT … SELECT them from aggregated subqueries over
   * Y's reports, bookings and confirmed participations (the same SQL on both engines; no statement per sheet).
   */
  private async writeFigures(em: EntityManager, c: EvaluationCampaign): Promise<void> {
    const y = c.year;
    const asOf = c.computedAsOf;
    const deadlines = reportDeadlinesOf(y);
    const params: Record<string, unknown> = { campaignId: c.id, yStart: `${y}-01-01`, yEnd: `${y}-12-31`, asOf, removed: 'REMOVED' };
    const due = deadlines
      .map((d, k) => {
        params[`d${k}`] = d;
        return `(CASE WHEN i.admittedOn < :d${k} AND :d${k} <= :asOf AND (rm.effectiveDate IS NULL OR :d${k} < rm.effectiveDate) THEN 1 ELSE 0 END)`;
      })
      .join(' + ');
    await rawQuery(em, 'DELETE FROM evaluation_figures WHERE campaignId = :campaignId', { campaignId: c.id });
    await rawQuery(
      em,
      `INSERT INTO evaluation_figures (sheetId, campaignId, reportsDue, reportsOnTime, reportsSubmitted, enterprisesServed,
         bookingsReceived, bookingsAnsweredInTime, bookingsAccepted, bookingsCompleted, ratingCount, ratingSum, welfareJoined, welfareReported)
       SELECT s.id, s.campaignId, ${due},
         COALESCE(r.onTime, 0), COALESCE(r.submitted, 0), COALESCE(r.served, 0),
         COALESCE(b.received, 0), COALESCE(b.answered, 0), COALESCE(b.accepted, 0), COALESCE(b.completed, 0),
         COALESCE(b.ratings, 0), COALESCE(b.ratingSum, 0), COALESCE(p.joined, 0), COALESCE(r.welfare, 0)
       FROM evaluation_sheet s
       JOIN institution i ON i.id = s.institutionId
       LEFT JOIN (SELECT institutionId, MIN(effectiveDate) AS effectiveDate FROM removal_case
                  WHERE status = :removed AND effectiveDate >= :yStart GROUP BY institutionId) rm ON rm.institutionId = s.institutionId
       LEFT JOIN (SELECT institutionId, SUM(CASE WHEN onTime = 1 THEN 1 ELSE 0 END) AS onTime, COUNT(*) AS submitted,
                    SUM(COALESCE(enterprisesServed, 0)) AS served, SUM(COALESCE(publicWelfareCount, 0)) AS welfare
                  FROM service_report WHERE status = 'SUBMITTED' AND deadline >= :yStart AND deadline <= :asOf
                  GROUP BY institutionId) r ON r.institutionId = s.institutionId
       LEFT JOIN (SELECT institutionId,
                    SUM(CASE WHEN respondedOn IS NOT NULL OR (responseDeadline < :asOf AND (status <> 'CANCELLED' OR overdue = 1))
                        THEN 1 ELSE 0 END) AS received,
                    SUM(CASE WHEN respondedOn IS NOT NULL AND respondedOn <= responseDeadline THEN 1 ELSE 0 END) AS answered,
                    SUM(CASE WHEN respondedAt IS NOT NULL AND status <> 'DECLINED' THEN 1 ELSE 0 END) AS accepted,
                    SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,
                    SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END) AS ratings, SUM(COALESCE(rating, 0)) AS ratingSum
                  FROM service_booking WHERE requestDate >= :yStart AND requestDate <= :asOf
                  GROUP BY institutionId) b ON b.institutionId = s.institutionId
       LEFT JOIN (SELECT ap.institutionId, COUNT(*) AS joined FROM activity_participation ap
                  JOIN welfare_activity wa ON wa.id = ap.activityId
                  WHERE ap.status = 'CONFIRMED' AND wa.activityDate >= :yStart AND wa.activityDate <= :asOf
                  GROUP BY ap.institutionId) p ON p.institutionId = s.institutionId
       WHERE s.campaignId = :campaignId`,
      params,
    );
    await this.recomputeTotals(em, c);
  }

  /** Totals and grades of the complete sheets after the figures changed: read in pages, written with one CASE per page. */
  private async recomputeTotals(em: EntityManager, c: EvaluationCampaign): Promise<void> {
    const rubric = c.rubric ?? (await this.rubric(c.rubricId, em));
    let after = 0;
    for (;;) {
      const rows = await em
        .getRepository(EvaluationSheet)
        .createQueryBuilder('s')
        .leftJoinAndMapOne('s.figures', EvaluationFigures, 'f', 'f.sheetId = s.id')
        .where('s.campaignId = :campaignId AND s.id > :after', { campaignId: c.id, after })
        .orderBy('s.id', 'ASC')
        .limit(CHUNK)
        .getMany();
      if (!rows.length) return;
      after = rows[rows.length - 1].id;
      const results = rows.map((s) => ({ id: s.id, ...resultOf(rubric, s, (s as SheetWithFigures).figures ?? null) }));
      const params: Record<string, unknown> = { ids: results.map((r) => r.id) };
      const cases = (col: 'total' | 'grade' | 'naPoints') =>
        `CASE id ${results
          .map((r, k) => {
            params[`${col}${k}`] = r[col];
            return `WHEN ${r.id} THEN :${col}${k}`;
          })
          .join(' ')} END`;
      await rawQuery(
        em,
        `UPDATE evaluation_sheet SET total = ${cases('total')}, grade = ${cases('grade')}, naPoints = ${cases('naPoints')} WHERE id IN (:...ids)`,
        params,
      );
    }
  }

  /** Until publication the figures follow the registry's data (set-based, one pass). */
  refresh(campaignId: number, actor: Actor): Promise<EvaluationCampaign> {
    return this.db.transaction(async (em) => {
      const before = await this.campaign(campaignId, em);
      campaignMachine.next(before.status, 'REFRESH');
      const after = await compareAndSet(
        em,
        EvaluationCampaign,
        { ...before, rubric: undefined },
        { computedAt: this.clock.now(), computedAsOf: this.asOf(before.year) },
        EvaluationMessages.CAMPAIGN_CONFLICT,
      );
      await this.writeFigures(em, Object.assign(after, { rubric: before.rubric }));
      await this.audit.record(em, actor, {
        action: 'REFRESH_EVALUATION_CAMPAIGN',
        entityType: 'EvaluationCampaign',
        entityId: after.id,
        before: { computedAt: before.computedAt },
        after: { computedAt: after.computedAt },
      });
      return after;
    });
  }

  /**
   * Publication freezes every value: sheets become PUBLISHED (compare-and-set on the campaign; one of two publishers
   * wins), each 不合格 sheet proposes a removal case EVALUATION_FAILED, institutions are told.
   */
  publish(input: CampaignVersionInput, actor: Actor): Promise<EvaluationCampaign> {
    return this.db.transaction(async (em) => {
      const before = await this.campaign(Number(input.campaignId), em);
      campaignMachine.next(before.status, 'PUBLISH');
      if (input.expectedVersion != null && input.expectedVersion !== before.version) throw conflict(EvaluationMessages.CAMPAIGN_CONFLICT);
      const pending = await em.count(EvaluationSheet, { where: { campaignId: before.id, status: SheetStatus.PENDING } });
      if (pending) throw sheetsIncomplete(pending);
      const after = await compareAndSet(
        em,
        EvaluationCampaign,
        { ...before, rubric: undefined },
        {
          status: campaignMachine.next(before.status, 'PUBLISH') as CampaignStatus,
          publishedAt: this.clock.now(),
          publishedByName: nameOf(actor),
        },
        EvaluationMessages.CAMPAIGN_CONFLICT,
      );
      await this.recomputeTotals(em, Object.assign({ ...after }, { rubric: before.rubric }));
      sheetMachine.next(SheetStatus.SCORED, 'PUBLISH');
      await rawQuery(
        em,
        'UPDATE evaluation_sheet SET status = :published, version = version + 1 WHERE campaignId = :id AND status = :scored',
        {
          published: SheetStatus.PUBLISHED,
          scored: SheetStatus.SCORED,
          id: before.id,
        },
      );
      const failing = await em
        .getRepository(EvaluationSheet)
        .createQueryBuilder('s')
        .innerJoinAndSelect('s.institution', 'i')
        .where('s.campaignId = :id AND s.grade = :grade', { id: before.id, grade: FAILING_GRADE })
        .getMany();
      for (const s of failing) {
        const inst = s.institution as Institution;
        if (inst.registryStatus !== RegistryStatus.ADMITTED) continue;
        if (await em.findOne(RemovalCase, { where: { openInstitutionId: inst.id }, select: { id: true } })) continue;
        const c = await this.removals.insertCase(em, actor, inst, {
          reason: RemovalReason.EVALUATION_FAILED,
          source: RemovalCaseSource.EVALUATION,
          description: `${before.year}年度评价总分${s.total ?? 0}分，等级为${FAILING_GRADE}${s.onSitePassed === false ? '（实地核查未通过）' : ''}（第十二条）`,
        });
        await rawQuery(em, 'UPDATE evaluation_sheet SET removalCaseId = :caseId WHERE id = :id', { caseId: c.id, id: s.id });
      }
      await this.notifications.notify(
        em,
        [{ bureau: '130000' }],
        'EVALUATION_PUBLISHED',
        { year: before.year, failing: failing.length },
        { type: 'EvaluationCampaign', id: before.id },
      );
      await this.audit.record(em, actor, {
        action: 'PUBLISH_EVALUATION_CAMPAIGN',
        entityType: 'EvaluationCampaign',
        entityId: after.id,
        before,
        after: { ...after, failing: failing.length },
      });
      return Object.assign(after, { rubric: before.rubric });
    });
  }

  // ---- sheets ----

  private sheetQuery(scope: Scope, em: EntityManager = this.db.manager) {
    return applyScope(em.getRepository(EvaluationSheet).createQueryBuilder('s'), 's', scope, EVALUATION_SHEET_ROWS)
      .innerJoinAndSelect('s.campaign', 'c')
      .innerJoinAndSelect('c.rubric', 'r')
      .innerJoinAndSelect('s.institution', 'i')
      .leftJoinAndMapOne('s.figures', EvaluationFigures, 'f', 'f.sheetId = s.id');
  }

  /** The institution reads its sheets once published; bureaus read their jurisdiction's. */
  private narrowForOwner(scope: Scope, qb: ReturnType<EvaluationService['sheetQuery']>) {
    if (scope.kind === 'INSTITUTION') qb.andWhere('s.status = :ownPublished', { ownPublished: SheetStatus.PUBLISHED });
    return qb;
  }

  async sheets(
    scope: Scope,
    campaignId: number,
    filter: EvaluationSheetFilter = {},
    first?: number,
    after?: string,
  ): Promise<Connection<EvaluationSheet>> {
    const size = pageSize(first);
    const qb = this.narrowForOwner(scope, this.sheetQuery(scope)).andWhere('s.campaignId = :campaignId', { campaignId });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.grade) qb.andWhere('s.grade = :grade', { grade: filter.grade });
    if (filter.onSite != null) qb.andWhere(filter.onSite ? 's.onSitePassed IS NOT NULL' : 's.onSitePassed IS NULL');
    const text = filter.text?.trim();
    if (text) qb.andWhere(`s.institutionName LIKE :text ${LIKE_ESCAPE}`, { text: containsPattern(text) });
    const totalCount = await qb.clone().getCount();
    if (filter.ranked) {
      if (after) {
        const c = decodeRankCursor(after);
        qb.andWhere('(COALESCE(s.total, -1) < :ct OR (COALESCE(s.total, -1) = :ct AND s.id > :cid))', { ct: c.total, cid: c.id });
      }
      const rows = await qb
        .orderBy('COALESCE(s.total, -1)', 'DESC')
        .addOrderBy('s.id', 'ASC')
        .limit(size + 1)
        .getMany();
      const page = rows.slice(0, size);
      return {
        totalCount,
        edges: page.map((node) => ({ cursor: rankCursor(node.total, node.id), node })),
        pageInfo: {
          hasNextPage: rows.length > size,
          endCursor: page.length ? rankCursor(page[page.length - 1].total, page[page.length - 1].id) : null,
        },
      };
    }
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('s.id > :cursor', { cursor });
    const rows = await qb
      .orderBy('s.id', 'ASC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  async sheet(scope: Scope, id: number, em: EntityManager = this.db.manager): Promise<EvaluationSheet> {
    const row = await this.narrowForOwner(scope, this.sheetQuery(scope, em)).andWhere('s.id = :id', { id }).getOne();
    if (!row) throw notFound('评分表');
    return row;
  }

  /** The id of the next sheet still to score after `afterId` (wrapping to the first), within the jurisdiction. */
  async nextPendingId(scope: Scope, campaignId: number, afterId: number): Promise<number | null> {
    const base = () =>
      applyScope(this.db.getRepository(EvaluationSheet).createQueryBuilder('s'), 's', scope, EVALUATION_SHEET_ROWS)
        .select('s.id', 'id')
        .where('s.campaignId = :campaignId AND s.status = :pending', { campaignId, pending: SheetStatus.PENDING })
        .orderBy('s.id', 'ASC')
        .limit(1);
    const next =
      (await base().andWhere('s.id > :afterId', { afterId }).getRawOne<{ id: number }>()) ??
      (await base().andWhere('s.id <> :afterId', { afterId }).getRawOne<{ id: number }>());
    return next ? Number(next.id) : null;
  }

  /** PROVINCE scores (complete → SCORED, total and grade); CITY pre-scores beside it. Compare-and-set on the sheet. */
  score(scope: Scope, input: ScoreEvaluationSheetInput, actor: Actor): Promise<EvaluationSheet> {
    const asCity = actor.user?.role === Role.CITY;
    return this.db.transaction(async (em) => {
      const before = await this.sheet(scope, Number(input.sheetId), em);
      const campaign = before.campaign as EvaluationCampaign;
      campaignMachine.next(campaign.status, 'SCORE');
      const rubric = campaign.rubric as EvaluationRubric;
      const fields: FieldError[] = [];
      const entries: Record<string, ScoreEntry> = { ...(asCity ? before.cityScores : before.scores) };
      input.scores.forEach((s, n) => {
        const indicator = rubric.indicators.find((i) => i.code === s.code && i.kind === 'SCORED');
        if (!indicator) {
          fields.push({ field: `scores.${n}.code`, code: 'INDICATOR_UNKNOWN', message: EvaluationMessages.UNKNOWN_INDICATOR(s.code) });
          return;
        }
        if (s.score != null) {
          const v = scoreViolation(`scores.${n}.score`, s.score, Number(indicator.maxScore));
          if (v) fields.push({ ...v, message: `${indicator.name}：${v.message}` });
        }
        entries[s.code] = { score: s.score ?? null, comment: trimOrNull(s.comment) };
      });
      if (fields.length) throw badInput(fields);
      if (input.expectedVersion !== before.version) throw conflict(EvaluationMessages.SHEET_CONFLICT);
      const figures = (before as SheetWithFigures).figures ?? null;
      let patch: Partial<EvaluationSheet>;
      if (asCity) {
        sheetMachine.next(before.status, 'SAVE');
        patch = { cityScores: entries, cityScoredAt: this.clock.now(), cityScoredByName: nameOf(actor) };
      } else {
        const result = resultOf(rubric, { scores: entries, onSitePassed: before.onSitePassed }, figures);
        const status = sheetMachine.next(before.status, result.complete ? 'COMPLETE' : 'SAVE') as SheetStatus;
        patch = {
          scores: entries,
          status,
          total: result.total,
          grade: result.grade,
          naPoints: result.naPoints,
          scoredAt: this.clock.now(),
          scoredByName: nameOf(actor),
        };
      }
      const plain = { ...before, campaign: undefined, institution: undefined, figures: undefined } as EvaluationSheet;
      const after = await compareAndSet(em, EvaluationSheet, plain, patch, EvaluationMessages.SHEET_CONFLICT);
      await this.audit.record(em, actor, {
        action: asCity ? 'PRESCORE_EVALUATION_SHEET' : 'SCORE_EVALUATION_SHEET',
        entityType: 'EvaluationSheet',
        entityId: after.id,
        before: { scores: before.scores, cityScores: before.cityScores, status: before.status, total: before.total },
        after: { scores: after.scores, cityScores: after.cityScores, status: after.status, total: after.total },
      });
      return Object.assign(after, { campaign, institution: before.institution, figures });
    });
  }

  /** 实地核查 (PROVINCE): date, inspectors, findings, pass/fail; a failure caps the grade at the lowest band. */
  recordOnSite(scope: Scope, input: OnSiteVerificationInput, actor: Actor): Promise<EvaluationSheet> {
    const fields: FieldError[] = [];
    if (!isIsoDate(input.date)) fields.push({ field: 'date', code: 'DATE_INVALID', message: '核查日期不是有效日期' });
    else if (compareIsoDate(input.date, this.clock.today()) > 0)
      fields.push({ field: 'date', code: 'DATE_FUTURE', message: EvaluationMessages.ON_SITE_FUTURE });
    if (fields.length) throw badInput(fields);
    return this.db.transaction(async (em) => {
      const before = await this.sheet(scope, Number(input.sheetId), em);
      const campaign = before.campaign as EvaluationCampaign;
      campaignMachine.next(campaign.status, 'SCORE');
      if (input.expectedVersion !== before.version) throw conflict(EvaluationMessages.SHEET_CONFLICT);
      const figures = (before as SheetWithFigures).figures ?? null;
      const result = resultOf(campaign.rubric as EvaluationRubric, { scores: before.scores, onSitePassed: input.passed }, figures);
      const plain = { ...before, campaign: undefined, institution: undefined, figures: undefined } as EvaluationSheet;
      const after = await compareAndSet(
        em,
        EvaluationSheet,
        plain,
        {
          onSiteDate: input.date,
          onSiteInspectors: input.inspectors.trim(),
          onSiteFindings: input.findings.trim(),
          onSitePassed: input.passed,
          total: result.total,
          grade: result.grade,
          naPoints: result.naPoints,
        },
        EvaluationMessages.SHEET_CONFLICT,
      );
      await this.audit.record(em, actor, {
        action: 'RECORD_ON_SITE_VERIFICATION',
        entityType: 'EvaluationSheet',
        entityId: after.id,
        before: { onSitePassed: before.onSitePassed },
        after: { onSitePassed: after.onSitePassed, grade: after.grade },
      });
      return Object.assign(after, { campaign, institution: before.institution, figures });
    });
  }

  /** The institution's own published sheets, newest year first. */
  async mySheets(scope: Scope): Promise<EvaluationSheet[]> {
    if (scope.kind !== 'INSTITUTION') return [];
    return this.narrowForOwner(scope, this.sheetQuery(scope)).orderBy('c.year', 'DESC').limit(20).getMany();
  }

  /** Grade distribution overall, by city and by first main category: one GROUP BY, folded to cities here. */
  async distribution(scope: Scope, campaignId: number): Promise<EvaluationDistribution> {
    const rows = await applyScope(this.db.getRepository(EvaluationSheet).createQueryBuilder('s'), 's', scope, EVALUATION_SHEET_ROWS)
      .select('s.divisionCode', 'divisionCode')
      .addSelect('s.categoryCode', 'categoryCode')
      .addSelect('s.grade', 'grade')
      .addSelect('COUNT(*)', 'n')
      .where('s.campaignId = :campaignId AND s.grade IS NOT NULL', { campaignId })
      .groupBy('s.divisionCode')
      .addGroupBy('s.categoryCode')
      .addGroupBy('s.grade')
      .getRawMany<{ divisionCode: string; categoryCode: string | null; grade: string; n: string | number }>();
    const fold = (keyOf: (r: (typeof rows)[number]) => string | null, labelOf: (k: string | null) => string | null) => {
      const m = new Map<string, { key: string | null; label: string | null; grade: string; count: number }>();
      for (const r of rows) {
        const key = keyOf(r);
        const id = `${key}|${r.grade}`;
        const cell = m.get(id) ?? { key, label: labelOf(key), grade: r.grade, count: 0 };
        cell.count += Number(r.n);
        m.set(id, cell);
      }
      return [...m.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)) || a.grade.localeCompare(b.grade));
    };
    return {
      total: fold(
        () => null,
        () => null,
      ),
      byCity: fold(
        (r) => this.divisions.cityOf(r.divisionCode)?.code ?? null,
        (k) => (k ? (this.divisions.get(k)?.name ?? k) : null),
      ),
      byCategory: fold(
        (r) => r.categoryCode,
        (k) => k,
      ),
    };
  }

  /** The rows behind one computed value of a sheet (which reports were missed, which bookings were late). */
  async indicatorRows(
    scope: Scope,
    sheetId: number,
    source: EvaluationSource,
    first?: number,
    after?: string,
  ): Promise<Connection<EvaluationEvidenceRow & { rowId: number }>> {
    const sheet = await this.sheet(scope, sheetId);
    const c = sheet.campaign as EvaluationCampaign;
    const y = c.year;
    const asOf = c.computedAsOf;
    const size = pageSize(first);
    const cursor = decodeCursor(after) ?? 0;
    const inst = sheet.institution as Institution;
    type Row = EvaluationEvidenceRow & { rowId: number };
    const one = (rows: Row[]): Connection<Row> => ({
      totalCount: rows.length,
      edges: rows.map((node) => ({ cursor: encodeCursor(node.rowId), node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    if (source === EvaluationSource.REPORTING_COMPLIANCE || source === EvaluationSource.ENTERPRISES_SERVED) {
      const reports = await rawQuery<{
        id: number;
        deadline: unknown;
        status: string;
        onTime: unknown;
        submittedOn: unknown;
        enterprisesServed: number | null;
      }>(
        this.db,
        `SELECT id, deadline, status, onTime, submittedOn, enterprisesServed FROM service_report
         WHERE institutionId = :inst AND deadline >= :yStart AND deadline <= :asOf ORDER BY deadline`,
        { inst: sheet.institutionId, yStart: `${y}-01-01`, asOf },
      );
      if (source === EvaluationSource.ENTERPRISES_SERVED) {
        return one(
          reports
            .filter((r) => r.status === 'SUBMITTED')
            .map((r) => ({
              rowId: r.id,
              id: `report-${r.id}`,
              date: sqlDate(r.deadline)!,
              title: `${sqlDate(r.deadline)} 季度报告：服务企业${r.enterprisesServed ?? 0}家`,
              counted: true,
              note: null,
            })),
        );
      }
      const removedRows = await rawQuery<{ effectiveDate: unknown }>(
        this.db,
        `SELECT MIN(effectiveDate) AS effectiveDate FROM removal_case WHERE institutionId = :inst AND status = 'REMOVED' AND effectiveDate >= :yStart`,
        { inst: sheet.institutionId, yStart: `${y}-01-01` },
      );
      const removedOn = sqlDate(removedRows[0]?.effectiveDate);
      const byDeadline = new Map(reports.map((r) => [sqlDate(r.deadline)!, r]));
      const rows = reportDeadlinesOf(y)
        .filter(
          (d) =>
            inst.admittedOn &&
            compareIsoDate(inst.admittedOn, d) < 0 &&
            compareIsoDate(d, asOf) <= 0 &&
            (!removedOn || compareIsoDate(d, removedOn) < 0),
        )
        .map((d, k) => {
          const r = byDeadline.get(d);
          const submitted = r && r.status === 'SUBMITTED';
          const onTime = !!submitted && Boolean(Number(r.onTime));
          return {
            rowId: k + 1,
            id: `deadline-${d}`,
            date: d,
            title: `截止日 ${d} 的季度报告`,
            counted: onTime,
            note: onTime
              ? `按时提交（${sqlDate(r!.submittedOn)}）`
              : submitted
                ? `逾期提交（${sqlDate(r!.submittedOn)}），视为未按规定填报`
                : '未填报',
          };
        });
      return one(rows);
    }
    if (source === EvaluationSource.PUBLIC_WELFARE) {
      const joined = await rawQuery<{ id: number; activityDate: unknown; title: string }>(
        this.db,
        `SELECT ap.id, wa.activityDate, wa.title FROM activity_participation ap JOIN welfare_activity wa ON wa.id = ap.activityId
         WHERE ap.institutionId = :inst AND ap.status = 'CONFIRMED' AND wa.activityDate >= :yStart AND wa.activityDate <= :asOf ORDER BY wa.activityDate`,
        { inst: sheet.institutionId, yStart: `${y}-01-01`, asOf },
      );
      const reported = await rawQuery<{ id: number; deadline: unknown; publicWelfareCount: number }>(
        this.db,
        `SELECT id, deadline, publicWelfareCount FROM service_report WHERE institutionId = :inst AND status = 'SUBMITTED'
         AND deadline >= :yStart AND deadline <= :asOf AND publicWelfareCount > 0 ORDER BY deadline`,
        { inst: sheet.institutionId, yStart: `${y}-01-01`, asOf },
      );
      return one([
        ...joined.map((a, k) => ({
          rowId: k + 1,
          id: `participation-${a.id}`,
          date: sqlDate(a.activityDate)!,
          title: `参加公益活动：${a.title}`,
          counted: true,
          note: '主办方已确认',
        })),
        ...reported.map((r, k) => ({
          rowId: joined.length + k + 1,
          id: `report-${r.id}`,
          date: sqlDate(r.deadline)!,
          title: `${sqlDate(r.deadline)} 季度报告：公益性服务${r.publicWelfareCount}次`,
          counted: true,
          note: null,
        })),
      ]);
    }
    const where: Record<string, string> = {
      BOOKING_RESPONSE: '(b.respondedOn IS NOT NULL OR b.responseDeadline < :asOf)',
      BOOKING_COMPLETION: `(b.respondedAt IS NOT NULL AND b.status <> 'DECLINED')`,
      SATISFACTION: 'b.rating IS NOT NULL',
    };
    const rows = await rawQuery<{
      id: number;
      requestDate: unknown;
      responseDeadline: unknown;
      respondedOn: unknown;
      status: string;
      rating: number | null;
      productName: string;
    }>(
      this.db,
      `SELECT b.id, b.requestDate, b.responseDeadline, b.respondedOn, b.status, b.rating, b.productName FROM service_booking b
       WHERE b.institutionId = :inst AND b.requestDate >= :yStart AND b.requestDate <= :asOf AND ${where[source]} AND b.id > :cursor
       ORDER BY b.id LIMIT ${size + 1}`,
      { inst: sheet.institutionId, yStart: `${y}-01-01`, asOf, cursor },
    );
    const mapped = rows.map((b) => {
      const responded = sqlDate(b.respondedOn);
      const deadline = sqlDate(b.responseDeadline)!;
      const inTime = !!responded && compareIsoDate(responded, deadline) <= 0;
      const counted =
        source === EvaluationSource.BOOKING_RESPONSE
          ? inTime
          : source === EvaluationSource.BOOKING_COMPLETION
            ? b.status === 'COMPLETED'
            : true;
      const note =
        source === EvaluationSource.BOOKING_RESPONSE
          ? responded
            ? `${inTime ? '按时答复' : '逾期答复'}（${responded}，截止${deadline}）`
            : `未答复（截止${deadline}）`
          : source === EvaluationSource.SATISFACTION
            ? `评分 ${b.rating}`
            : b.status === 'COMPLETED'
              ? '已完成'
              : '已接受，未完成';
      return { rowId: b.id, id: String(b.id), date: sqlDate(b.requestDate)!, title: `预约 #${b.id}：${b.productName}`, counted, note };
    });
    const total = (sheet as SheetWithFigures).figures;
    const totalCount = !total
      ? mapped.length
      : source === EvaluationSource.BOOKING_RESPONSE
        ? total.bookingsReceived
        : source === EvaluationSource.BOOKING_COMPLETION
          ? total.bookingsAccepted
          : total.ratingCount;
    const page = mapped.slice(0, size);
    return {
      totalCount,
      edges: page.map((node) => ({ cursor: encodeCursor(node.rowId), node })),
      pageInfo: { hasNextPage: mapped.length > size, endCursor: page.length ? encodeCursor(page[page.length - 1].rowId) : null },
    };
  }

  /** Every sheet of a campaign in rank order, page by page (for the streamed export). */
  async *resultRows(scope: Scope, campaignId: number): AsyncGenerator<EvaluationSheet> {
    let after: string | undefined;
    for (;;) {
      const page = await this.sheets(scope, campaignId, { ranked: true }, 100, after);
      for (const e of page.edges) yield e.node;
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor ?? undefined;
    }
  }
}

export type SheetWithFigures = EvaluationSheet & { figures?: EvaluationFigures | null };
