import ExcelJS from 'exceljs';
import { compareIsoDate, DEFAULT_RUBRIC, evaluationTotal, gradeFor, REPORT_DEADLINE_DAYS } from '@hebei/domain';
import { engines, errorCode, startTestApi, TestApi } from './harness';
import { countRows } from './service-fixtures';
import { sqlDate } from '../src/common/sql';
import { DEMO_PENDING_SHEETS } from '../src/database/demo-seed-evaluation';

const INDICATORS = `indicators { code kind points source count base value notApplicable score cityScore comment maxScore }`;
const SHEET_FIELDS = `id version status institutionId institutionName total grade naPoints onSitePassed removalCaseId removed year ${INDICATORS}`;
const CAMPAIGNS = `query { evaluationCampaigns(first: 10) { totalCount edges { node { id year status version referenceDate
  progress { sheets scored onSite onSiteFailed } rubric { id status } } } } }`;
const SHEETS = `query($c: ID!, $f: EvaluationSheetFilter, $first: Int, $after: String) { evaluationSheets(campaignId: $c, filter: $f, first: $first, after: $after) {
  totalCount edges { cursor node { ${SHEET_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const SHEET = `query($id: ID!) { evaluationSheet(id: $id) { ${SHEET_FIELDS} } }`;
const SCORE = `mutation($i: ScoreEvaluationSheetInput!) { scoreEvaluationSheet(input: $i) { ${SHEET_FIELDS} } }`;
const ON_SITE = `mutation($i: OnSiteVerificationInput!) { recordOnSiteVerification(input: $i) { id version grade onSitePassed } }`;
const OPEN = `mutation($i: OpenEvaluationCampaignInput!) { openEvaluationCampaign(input: $i) { id year status progress { sheets } } }`;
const SAVE_RUBRIC = `mutation($i: SaveEvaluationRubricInput!) { saveEvaluationRubric(input: $i) { id status version indicators { code points } } }`;
const RUBRICS = `query { evaluationRubrics { id status version name } }`;
const REFRESH = `mutation($c: ID!) { refreshComputedIndicators(campaignId: $c) { id version computedAt } }`;
const PUBLISH = `mutation($i: CampaignVersionInput!) { publishEvaluationCampaign(input: $i) { id status version } }`;
const ROWS = `query($s: ID!, $src: EvaluationSource!, $first: Int) { evaluationIndicatorRows(sheetId: $s, source: $src, first: $first) {
  totalCount edges { node { id date title counted note } } } }`;
const MINE = `query { myEvaluationSheets { id year status total grade ${INDICATORS} } }`;
const ACTIVITIES = `query($f: ActivityFilter) { activities(first: 20, filter: $f) { totalCount edges { node { id title organiserCode activityDate
  participations { id institutionId status version } } } } }`;
const SAVE_ACTIVITY = `mutation($i: SaveActivityInput!) { saveActivity(input: $i) { id title participations { institutionId status } } }`;
const REPORT_PART = `mutation($i: ReportParticipationInput!) { reportActivityParticipation(input: $i) { id status version } }`;
const CONFIRM_PART = `mutation($i: ConfirmParticipationInput!) { confirmActivityParticipation(input: $i) { id status version } }`;

const scoresOf = (capability: number | null, compliance: number | null) => [
  { code: 'CAPABILITY', score: capability, comment: '专家与场地保持更新' },
  { code: 'COMPLIANCE', score: compliance },
];

/**
 * Issue #10, "Done when": computed indicators equal hand counts of the demo data; N/A redistribution and grade bands;
 * two scorers → one conflict; publishing freezes (a later booking change does not move a sheet); a 不合格 sheet
 * appears as an EVALUATION_FAILED removal proposal; every "Bad input" case answers a typed error and writes nothing.
 */
describe.each(engines())('annual evaluation on %s', (engine) => {
  let api: TestApi;
  let province: string;
  let c2025: { id: string; version: number; rubric: { status: string }; progress: { sheets: number; scored: number } };
  let demoInstitutionId: number;

  const sheetOf = async (institutionId: number) => {
    const [row] = await api.services.db.query('SELECT id FROM evaluation_sheet WHERE campaignId = ? AND institutionId = ?', [
      Number(c2025.id),
      institutionId,
    ]);
    return (await api.ok(SHEET, { id: String(row.id) }, province)).evaluationSheet;
  };

  beforeAll(async () => {
    api = await startTestApi(engine);
    province = await api.login('province');
    const [u] = await api.services.db.query(`SELECT institutionId FROM user_account WHERE username = 'institution'`);
    demoInstitutionId = Number(u.institutionId);
    const campaigns = (await api.ok(CAMPAIGNS, {}, province)).evaluationCampaigns.edges.map((e: any) => e.node);
    c2025 = campaigns.find((c: any) => c.year === 2025);
  });
  afterAll(() => api.close());

  it('demo: a published 2024 campaign and a 2025 one in progress on a locked rubric, all but three sheets scored', async () => {
    const campaigns = (await api.ok(CAMPAIGNS, {}, province)).evaluationCampaigns.edges.map((e: any) => e.node);
    expect(campaigns.map((c: any) => [c.year, c.status])).toEqual([
      [2025, 'OPEN'],
      [2024, 'PUBLISHED'],
    ]);
    expect(c2025.rubric.status).toBe('LOCKED');
    expect(c2025.progress.sheets).toBeGreaterThan(10);
    expect(c2025.progress.sheets - c2025.progress.scored).toBe(DEMO_PENDING_SHEETS);
    expect(c2025.progress).toMatchObject({ onSite: 2, onSiteFailed: 1 });
    // Snapshot: exactly the institutions admitted on the reference date.
    const admitted = await countRows(
      api,
      'institution',
      `admittedOn IS NOT NULL AND admittedOn <= '2025-12-31' AND registryStatus = 'ADMITTED'`,
    );
    const removedLater = await countRows(
      api,
      'institution i',
      `admittedOn <= '2025-12-31' AND registryStatus = 'REMOVED' AND EXISTS (SELECT 1 FROM removal_case rc WHERE rc.institutionId = i.id AND rc.status = 'REMOVED' AND rc.effectiveDate > '2025-12-31')`,
    );
    expect(c2025.progress.sheets).toBe(admitted + removedLater);
  });

  const subjects = async () => {
    const [booked] = await api.services.db.query(
      `SELECT institutionId FROM service_booking WHERE requestDate >= '2025-01-01' AND requestDate <= '2025-12-31' GROUP BY institutionId ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    return [demoInstitutionId, Number(booked.institutionId)];
  };

  it.each(['the demo institution', 'the institution with 2025 bookings'])(
    '%s: computed indicators equal hand counts of its reports, bookings, ratings and activities',
    async (which) => {
      const db = api.services.db;
      const subject = (await subjects())[which === 'the demo institution' ? 0 : 1];
      const [inst] = await db.query('SELECT admittedOn FROM institution WHERE id = ?', [subject]);
      const admittedOn = sqlDate(inst.admittedOn)!;
      const [campaign] = await db.query('SELECT computedAsOf FROM evaluation_campaign WHERE id = ?', [Number(c2025.id)]);
      const asOf = sqlDate(campaign.computedAsOf)!;
      const inY = (d: string | null) => !!d && d >= '2025-01-01' && d <= asOf;
      const reports = (
        await db.query(
          'SELECT deadline, status, onTime, enterprisesServed, publicWelfareCount FROM service_report WHERE institutionId = ?',
          [subject],
        )
      )
        .map((r: any) => ({ ...r, deadline: sqlDate(r.deadline) }))
        .filter((r: any) => inY(r.deadline) && r.status === 'SUBMITTED');
      const due = REPORT_DEADLINE_DAYS.map(([m, d]) => `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).filter(
        (d) => compareIsoDate(admittedOn, d) < 0 && compareIsoDate(d, asOf) <= 0,
      );
      const bookings = (
        await db.query(
          'SELECT status, requestDate, responseDeadline, respondedOn, respondedAt, rating FROM service_booking WHERE institutionId = ?',
          [subject],
        )
      )
        .map((b: any) => ({
          ...b,
          requestDate: sqlDate(b.requestDate),
          responseDeadline: sqlDate(b.responseDeadline),
          respondedOn: sqlDate(b.respondedOn),
        }))
        .filter((b: any) => inY(b.requestDate));
      const received = bookings.filter((b: any) => b.respondedOn || b.responseDeadline < asOf);
      const joined = Number(
        (
          await db.query(
            `SELECT COUNT(*) AS n FROM activity_participation p JOIN welfare_activity a ON a.id = p.activityId
           WHERE p.institutionId = ? AND p.status = 'CONFIRMED' AND a.activityDate >= '2025-01-01' AND a.activityDate <= ?`,
            [subject, asOf],
          )
        )[0].n,
      );
      if (which === 'the demo institution') expect(joined).toBe(2);
      const hand = {
        REPORTING_COMPLIANCE: [reports.filter((r: any) => Number(r.onTime) === 1).length, due.length],
        BOOKING_RESPONSE: [received.filter((b: any) => b.respondedOn && b.respondedOn <= b.responseDeadline).length, received.length],
        BOOKING_COMPLETION: [
          bookings.filter((b: any) => b.status === 'COMPLETED').length,
          bookings.filter((b: any) => b.respondedAt && b.status !== 'DECLINED').length,
        ],
        SATISFACTION: [
          bookings.reduce((s: number, b: any) => s + (b.rating ?? 0), 0),
          bookings.filter((b: any) => b.rating != null).length,
        ],
        ENTERPRISES_SERVED: [reports.reduce((s: number, r: any) => s + (r.enterprisesServed ?? 0), 0), reports.length],
        PUBLIC_WELFARE: [joined + reports.reduce((s: number, r: any) => s + (r.publicWelfareCount ?? 0), 0), null],
      } as Record<string, [number, number | null]>;
      const sheet = await sheetOf(subject);
      const computed = Object.fromEntries(
        sheet.indicators.filter((i: any) => i.kind === 'COMPUTED').map((i: any) => [i.source, [i.count, i.base]]),
      );
      expect(computed).toEqual(hand);
      expect(due.length).toBeGreaterThan(0);
      if (which === 'the demo institution') expect(hand.PUBLIC_WELFARE[0]).toBeGreaterThan(0);
      else expect(hand).toMatchObject({ BOOKING_RESPONSE: [4, 5], BOOKING_COMPLETION: [3, 4], SATISFACTION: [12, 3] });
    },
  );

  it('totals follow the domain: N/A points are shared out, the grade comes from the bands, a failed on-site check gives 不合格', async () => {
    const page = (await api.ok(SHEETS, { c: c2025.id, f: { status: 'SCORED' }, first: 100 }, province)).evaluationSheets;
    let sawNa = false;
    for (const { node } of page.edges) {
      const values = node.indicators.map((i: any) => ({ points: i.points, value: i.value }));
      expect(node.total).toBe(evaluationTotal(values));
      expect(node.grade).toBe(gradeFor(node.total, DEFAULT_RUBRIC.bands, node.onSitePassed === false));
      const na = node.indicators.filter((i: any) => i.notApplicable).reduce((s: number, i: any) => s + i.points, 0);
      expect(node.naPoints).toBe(na);
      if (na > 0) sawNa = true;
      if (node.onSitePassed === false) expect(node.grade).toBe('不合格');
    }
    expect(sawNa).toBe(true);
    const ranked = (await api.ok(SHEETS, { c: c2025.id, f: { ranked: true }, first: 100 }, province)).evaluationSheets.edges.map(
      (e: any) => e.node.total ?? -1,
    );
    expect(ranked).toEqual([...ranked].sort((a: number, b: number) => b - a));
  });

  it('drill-down: the bookings behind 需求响应 and the deadlines behind 信息上报', async () => {
    const sheet = await sheetOf((await subjects())[1]);
    const response = sheet.indicators.find((i: any) => i.source === 'BOOKING_RESPONSE');
    const rows = (await api.ok(ROWS, { s: sheet.id, src: 'BOOKING_RESPONSE', first: 100 }, province)).evaluationIndicatorRows;
    expect(rows.edges).toHaveLength(response.base);
    expect(rows.edges.filter((e: any) => e.node.counted)).toHaveLength(response.count);
    const reporting = sheet.indicators.find((i: any) => i.source === 'REPORTING_COMPLIANCE');
    const deadlines = (await api.ok(ROWS, { s: sheet.id, src: 'REPORTING_COMPLIANCE' }, province)).evaluationIndicatorRows.edges;
    expect(deadlines).toHaveLength(reporting.base);
    expect(deadlines.filter((e: any) => e.node.counted)).toHaveLength(reporting.count);
    for (const e of deadlines.filter((d: any) => !d.node.counted)) expect(e.node.note).toMatch(/未填报|逾期/);
  });

  it('bad input: points not adding to 100, scores above the maximum or negative, a second campaign for a year — typed, nothing written', async () => {
    const rubrics = await countRows(api, 'evaluation_rubric');
    const bad = await api.gql(
      SAVE_RUBRIC,
      {
        i: {
          name: '试行版',
          indicators: DEFAULT_RUBRIC.indicators.map((i, n) => ({ ...i, points: n === 0 ? 10 : i.points })),
          bands: DEFAULT_RUBRIC.bands,
        },
      },
      province,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields[0]).toMatchObject({
      field: 'indicators',
      code: 'RUBRIC_POINTS_NOT_100',
      message: '各指标分值合计应为100分，当前为95分',
    });
    expect(await countRows(api, 'evaluation_rubric')).toBe(rubrics);
    // The default version is locked by the campaigns that use it.
    const [locked] = (await api.ok(RUBRICS, {}, province)).evaluationRubrics.filter((r: any) => r.status === 'LOCKED');
    const edit = await api.gql(
      SAVE_RUBRIC,
      { i: { id: locked.id, name: '改', indicators: DEFAULT_RUBRIC.indicators, bands: DEFAULT_RUBRIC.bands } },
      province,
    );
    expect(errorCode(edit)).toBe('EVALUATION_RUBRIC_LOCKED');

    const pending = (await api.ok(SHEETS, { c: c2025.id, f: { status: 'PENDING' }, first: 1 }, province)).evaluationSheets.edges[0].node;
    for (const [score, code] of [
      [15.5, 'SCORE_ABOVE_MAX'],
      [-1, 'SCORE_NEGATIVE'],
    ] as const) {
      const r = await api.gql(
        SCORE,
        { i: { sheetId: pending.id, expectedVersion: pending.version, scores: scoresOf(score, 5) } },
        province,
      );
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields[0]).toMatchObject({ field: 'scores.0.score', code });
      expect(r.errors![0].message).toMatch(/^服务能力：/);
    }
    const unknown = await api.gql(
      SCORE,
      { i: { sheetId: pending.id, expectedVersion: pending.version, scores: [{ code: 'REPORTING', score: 1 }] } },
      province,
    );
    expect(unknown.errors![0].extensions!.fields[0].code).toBe('INDICATOR_UNKNOWN');
    expect((await api.ok(SHEET, { id: pending.id }, province)).evaluationSheet).toMatchObject({
      version: pending.version,
      status: 'PENDING',
    });

    const campaigns = await countRows(api, 'evaluation_campaign');
    const sheets = await countRows(api, 'evaluation_sheet');
    const again = await api.gql(OPEN, { i: { year: 2025, rubricId: locked.id, referenceDate: '2026-01-05' } }, province);
    expect(errorCode(again)).toBe('EVALUATION_CAMPAIGN_EXISTS');
    expect(again.errors![0].message).toBe('2025年度评价活动已开启，每个年度只能开启一次');
    const future = await api.gql(OPEN, { i: { year: 2026, rubricId: locked.id, referenceDate: '2027-01-05' } }, province);
    expect(future.errors![0].extensions!.fields[0]).toMatchObject({ field: 'referenceDate', code: 'REFERENCE_AFTER_TODAY' });
    expect([await countRows(api, 'evaluation_campaign'), await countRows(api, 'evaluation_sheet')]).toEqual([campaigns, sheets]);
  });

  it('jurisdiction: 保定 cannot see or score a 承德 sheet (answered like a missing id); 承德 pre-scores beside the province', async () => {
    const sheet = await sheetOf(demoInstitutionId); // 平泉市, under 承德
    const baoding = await api.login('baoding');
    expect(errorCode(await api.gql(SHEET, { id: sheet.id }, baoding))).toBe('NOT_FOUND');
    const out = await api.gql(SCORE, { i: { sheetId: sheet.id, expectedVersion: sheet.version, scores: scoresOf(1, 1) } }, baoding);
    expect(errorCode(out)).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(SHEET, { id: '999999' }, baoding))).toBe('NOT_FOUND');
    const institution = await api.login('institution');
    expect(
      errorCode(await api.gql(SCORE, { i: { sheetId: sheet.id, expectedVersion: sheet.version, scores: scoresOf(1, 1) } }, institution)),
    ).toMatch(/FORBIDDEN|UNAUTHORIZED/);
    // The institution does not read its sheet before publication.
    expect(errorCode(await api.gql(SHEET, { id: sheet.id }, institution))).toBe('NOT_FOUND');

    const chengde = await api.login('chengde');
    const pre = (await api.ok(SCORE, { i: { sheetId: sheet.id, expectedVersion: sheet.version, scores: scoresOf(9, 7) } }, chengde))
      .scoreEvaluationSheet;
    const capability = pre.indicators.find((i: any) => i.code === 'CAPABILITY');
    expect(capability.cityScore).toBe(9);
    expect(capability.score).toBe(sheet.indicators.find((i: any) => i.code === 'CAPABILITY').score);
    expect(pre.total).toBe(sheet.total);
    const onSite = await api.gql(
      ON_SITE,
      { i: { sheetId: sheet.id, expectedVersion: pre.version, date: '2026-03-01', inspectors: '张三', findings: '一致', passed: true } },
      chengde,
    );
    expect(errorCode(onSite)).toMatch(/FORBIDDEN|UNAUTHORIZED/);
  });

  it('two scorers on one sheet: one wins, the other gets CONFLICT; 100 at once → exactly one winner', async () => {
    const sheet = (await api.ok(SHEETS, { c: c2025.id, f: { status: 'SCORED' }, first: 1, after: null }, province)).evaluationSheets
      .edges[0].node;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, k) =>
        api.gql(SCORE, { i: { sheetId: sheet.id, expectedVersion: sheet.version, scores: scoresOf(k % 16, 10) } }, province),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map(errorCode))).toEqual(new Set(['CONFLICT']));
    const after = (await api.ok(SHEET, { id: sheet.id }, province)).evaluationSheet;
    expect(after.version).toBe(sheet.version + 1);
    expect(await countRows(api, 'audit_log', `action = 'SCORE_EVALUATION_SHEET' AND entityId = '${sheet.id}'`)).toBe(1);
  });

  it('activities: an institution reports, only the organiser confirms, and confirmed participation counts after a refresh', async () => {
    const institution = await api.login('institution');
    const chengde = await api.login('chengde');
    const saved = (
      await api.ok(
        SAVE_ACTIVITY,
        {
          i: {
            type: 'DIGITAL',
            title: '承德市数字化赋能进园区',
            activityDate: '2025-12-10',
            place: '承德市双桥区',
            enterprisesReached: 30,
          },
        },
        chengde,
      )
    ).saveActivity;
    const before = (await sheetOf(demoInstitutionId)).indicators.find((i: any) => i.source === 'PUBLIC_WELFARE').count;
    const reported = (await api.ok(REPORT_PART, { i: { activityId: saved.id, note: '派员参加' } }, institution))
      .reportActivityParticipation;
    expect(reported.status).toBe('REPORTED');
    expect(errorCode(await api.gql(REPORT_PART, { i: { activityId: saved.id } }, institution))).toBe('PARTICIPATION_EXISTS');
    // PROVINCE did not organise it.
    const notOrganiser = await api.gql(
      CONFIRM_PART,
      { i: { participationId: reported.id, expectedVersion: reported.version, confirm: true } },
      province,
    );
    expect(errorCode(notOrganiser)).toBe('ACTIVITY_NOT_ORGANISER');
    expect(notOrganiser.errors![0].message).toBe('只有主办该活动的主管部门才能修改活动或确认参与情况');
    expect(await countRows(api, 'activity_participation', `id = ${reported.id} AND status = 'REPORTED' AND version = 1`)).toBe(1);
    const confirmed = (
      await api.ok(CONFIRM_PART, { i: { participationId: reported.id, expectedVersion: reported.version, confirm: true } }, chengde)
    ).confirmActivityParticipation;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 2 });
    await api.ok(REFRESH, { c: c2025.id }, province);
    expect((await sheetOf(demoInstitutionId)).indicators.find((i: any) => i.source === 'PUBLIC_WELFARE').count).toBe(before + 1);
    // Public: the institution's confirmed activities (its registry page).
    const listed = (await api.ok(ACTIVITIES, { f: { institutionId: String(demoInstitutionId) } })).activities;
    expect(listed.totalCount).toBe(3);
  });

  it('publish: refused while sheets are unscored; 100 at once → one winner; frozen; 不合格 → removal proposal; the institution reads its sheet', async () => {
    const campaign = (await api.ok(CAMPAIGNS, {}, province)).evaluationCampaigns.edges
      .map((e: any) => e.node)
      .find((c: any) => c.year === 2025);
    const early = await api.gql(PUBLISH, { i: { campaignId: c2025.id, expectedVersion: campaign.version } }, province);
    expect(errorCode(early)).toBe('EVALUATION_SHEETS_INCOMPLETE');
    expect(early.errors![0].message).toBe(`还有${DEMO_PENDING_SHEETS}份评分表尚未完成评分，不能发布`);
    const pending = (await api.ok(SHEETS, { c: c2025.id, f: { status: 'PENDING' }, first: 10 }, province)).evaluationSheets.edges.map(
      (e: any) => e.node,
    );
    for (const s of pending) await api.ok(SCORE, { i: { sheetId: s.id, expectedVersion: s.version, scores: scoresOf(14, 9) } }, province);
    const failedSheet = (await api.ok(SHEETS, { c: c2025.id, f: { grade: '不合格', onSite: true }, first: 10 }, province)).evaluationSheets
      .edges[0].node;
    expect(failedSheet.onSitePassed).toBe(false);

    const results = await Promise.all(Array.from({ length: 100 }, () => api.gql(PUBLISH, { i: { campaignId: c2025.id } }, province)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(['CONFLICT', 'EVALUATION_CAMPAIGN_PUBLISHED']).toContain(errorCode(r));
    expect(await countRows(api, 'evaluation_sheet', `campaignId = ${c2025.id} AND status <> 'PUBLISHED'`)).toBe(0);

    // 不合格 → an EVALUATION_FAILED case in 移出管理.
    const cases = await api.services.db.query(
      `SELECT id, reason, source, status FROM removal_case WHERE institutionId = ? AND reason = 'EVALUATION_FAILED'`,
      [Number(failedSheet.institutionId)],
    );
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ source: 'EVALUATION', status: 'PENDING' });
    expect((await api.ok(SHEET, { id: failedSheet.id }, province)).evaluationSheet.removalCaseId).toBe(String(cases[0].id));

    // Frozen: later data changes do not move a published sheet, refreshing and scoring are refused.
    const frozen = await sheetOf(demoInstitutionId);
    await api.services.db.query(`UPDATE service_booking SET rating = 1, status = 'COMPLETED' WHERE institutionId = ?`, [demoInstitutionId]);
    expect(errorCode(await api.gql(REFRESH, { c: c2025.id }, province))).toBe('EVALUATION_CAMPAIGN_PUBLISHED');
    const scoreLate = await api.gql(
      SCORE,
      { i: { sheetId: frozen.id, expectedVersion: frozen.version, scores: scoresOf(1, 1) } },
      province,
    );
    expect(errorCode(scoreLate)).toBe('EVALUATION_CAMPAIGN_PUBLISHED');
    expect(scoreLate.errors![0].message).toBe('该评价活动已发布，结果已冻结，不能再评分');
    expect(await sheetOf(demoInstitutionId)).toEqual(frozen);

    const institution = await api.login('institution');
    const mine = (await api.ok(MINE, {}, institution)).myEvaluationSheets;
    expect(mine.map((s: any) => [s.year, s.status])).toContainEqual([2025, 'PUBLISHED']);
    const own = mine.find((s: any) => s.year === 2025);
    expect(own.total).toBe(frozen.total);
    expect(own.indicators).toEqual(frozen.indicators.map(({ ...i }: any) => i));
    expect((await api.ok(SHEET, { id: frozen.id }, institution)).evaluationSheet.total).toBe(frozen.total);
  });

  it('results export: .xlsx in rank order with Chinese headers, scoped to the jurisdiction', async () => {
    const get = async (user: string) => {
      const res = await fetch(api.url.replace('/graphql', `/api/exports/evaluation-results.xlsx?campaignId=${c2025.id}`), {
        headers: { authorization: `Bearer ${await api.login(user)}` },
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
      const rows: unknown[][] = [];
      wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return { status: res.status, rows };
    };
    const all = await get('province');
    expect(all.status).toBe(200);
    expect(all.rows[0]).toEqual([
      '排名',
      '机构名称',
      '所在地市',
      '所在县（市、区）',
      '总分',
      '等级',
      '无数据分摊分值',
      '实地核查',
      '移出建议',
    ]);
    expect(all.rows).toHaveLength(c2025.progress.sheets + 1);
    const totals = all.rows.slice(1).map((r) => Number(r[4]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const chengde = await get('chengde');
    expect(chengde.rows.length).toBeLessThan(all.rows.length);
    expect(new Set(chengde.rows.slice(1).map((r) => r[2]))).toEqual(new Set(['承德市']));
  });
});
