import { HEBEI_PROVINCE_CODE } from '@hebei/domain';
import { Actor } from '../common/context';
import { RegistryStatus, Role } from '../common/enums';
import { rawQuery } from '../common/sql';
import { ActivityParticipation, ActivityType, ParticipationStatus, WelfareActivity } from '../modules/activity/activity.entity';
import { UserAccount } from '../modules/auth/user.entity';
import { EvaluationRubric, EvaluationSheet, SheetStatus } from '../modules/evaluation/evaluation.entity';
import { Institution } from '../modules/institution/institution.entity';
import { BookingStatus, ServiceBooking } from '../modules/booking/booking.entity';
import { ServiceProduct } from '../modules/product/product.entity';
import { Services } from '../services';

/** How many sheets of the 2025 campaign the demo leaves to score (the e2e walk scores them with the keyboard). */
export const DEMO_PENDING_SHEETS = 3;

async function actorOf(services: Services, username: string): Promise<Actor> {
  const u = await services.db.getRepository(UserAccount).findOneByOrFail({ username });
  return {
    ip: null,
    user: {
      id: u.id,
      username: u.username,
      role: u.role as Role,
      displayName: u.displayName,
      divisionCode: u.divisionCode,
      institutionId: null,
      enterpriseId: null,
    },
  };
}

/** Scores every listed sheet (set-based: one UPDATE with a CASE per chunk); values vary with the id. */
async function scoreSheets(services: Services, sheets: EvaluationSheet[], full: boolean): Promise<void> {
  for (let k = 0; k < sheets.length; k += 200) {
    const chunk = sheets.slice(k, k + 200);
    const params: Record<string, unknown> = { ids: chunk.map((s) => s.id), scored: SheetStatus.SCORED, by: '河北省工业和信息化厅' };
    const cases = chunk
      .map((s, n) => {
        const capability = full ? 15 : 8 + (s.id % 8);
        const compliance = full ? 10 : 5 + (s.id % 6);
        params[`s${n}`] = JSON.stringify({
          CAPABILITY: { score: capability, comment: capability >= 13 ? '专家队伍稳定，场地和产品信息保持更新' : '服务产品更新不及时' },
          COMPLIANCE: { score: compliance, comment: null },
        });
        return `WHEN ${s.id} THEN :s${n}`;
      })
      .join(' ');
    await rawQuery(
      services.db,
      `UPDATE evaluation_sheet SET scores = CASE id ${cases} END, status = :scored, scoredByName = :by WHERE id IN (:...ids)`,
      params,
    );
  }
}

/**
 * Demo of issue #10: public-welfare activities with confirmed and reported participations; a published 2024
 * evaluation; a 2025 evaluation in progress (all but three sheets scored, one failed on-site verification).
 */
export async function seedDemoEvaluation(services: Services): Promise<void> {
  const { db } = services;
  const province = await actorOf(services, 'province');
  const demoUser = await db.getRepository(UserAccount).findOneByOrFail({ username: 'institution' });
  const admitted = await db
    .getRepository(Institution)
    .createQueryBuilder('i')
    .where('i.registryStatus = :a AND i.admittedOn <= :d', { a: RegistryStatus.ADMITTED, d: '2025-09-01' })
    .orderBy('i.id', 'ASC')
    .getMany();
  const demo = admitted.find((i) => i.id === demoUser.institutionId);
  const others = admitted.filter((i) => i.id !== demoUser.institutionId);
  const chengde = others.filter((i) => services.divisions.cityOf(i.divisionCode)?.code === '130800');

  const activities: Partial<WelfareActivity>[] = [
    {
      type: ActivityType.YIQI_YIQI,
      title: '2025年“一起益企”中小企业服务行动（承德站）',
      activityDate: '2025-09-20',
      place: '承德市高新区企业服务中心',
      organiserCode: HEBEI_PROVINCE_CODE,
      organiserName: '河北省中小企业主管部门',
      enterprisesReached: 120,
      description: '政策宣讲、融资对接和数字化诊断进园区。',
    },
    {
      type: ActivityType.HUNDRED_SESSIONS,
      title: '“百场万家”公益服务：平泉市数字化转型诊断专场',
      activityDate: '2025-11-08',
      place: '平泉市工业园区',
      organiserCode: '130800',
      organiserName: '承德市中小企业主管部门',
      enterprisesReached: 46,
      description: '为县域制造企业提供免费数字化诊断。',
    },
    {
      type: ActivityType.SPECIALIZED,
      title: '2026年专精特新企业赋能培训',
      activityDate: '2026-05-16',
      place: '石家庄市国际会展中心',
      organiserCode: HEBEI_PROVINCE_CODE,
      organiserName: '河北省中小企业主管部门',
      enterprisesReached: 300,
      description: null,
    },
  ];
  const ids: number[] = [];
  for (const a of activities) {
    const r = await db.getRepository(WelfareActivity).insert({ ...a, version: 1 });
    ids.push(Number(r.identifiers[0].id));
  }
  const part = (
    activityId: number,
    i: Institution,
    status: ParticipationStatus,
    note: string | null = null,
  ): Partial<ActivityParticipation> => ({
    activityId,
    institutionId: i.id,
    institutionName: i.name,
    divisionCode: i.divisionCode,
    status,
    note,
    confirmedAt: status === ParticipationStatus.CONFIRMED ? new Date('2025-12-01T02:00:00Z') : null,
    confirmedByName: status === ParticipationStatus.CONFIRMED ? '主办部门' : null,
    version: 1,
  });
  const rows: Partial<ActivityParticipation>[] = [];
  if (demo) {
    rows.push(part(ids[0], demo, ParticipationStatus.CONFIRMED), part(ids[1], demo, ParticipationStatus.CONFIRMED));
    rows.push(part(ids[2], demo, ParticipationStatus.REPORTED, '派出2名工程师参加培训答疑'));
  }
  for (const i of others.slice(0, 3)) rows.push(part(ids[0], i, ParticipationStatus.CONFIRMED));
  for (const i of chengde.slice(0, 2)) rows.push(part(ids[1], i, ParticipationStatus.CONFIRMED));
  if (chengde[2]) rows.push(part(ids[1], chengde[2], ParticipationStatus.REPORTED, '协助组织现场诊断'));
  if (rows.length) await db.getRepository(ActivityParticipation).insert(rows);

  // 2025 bookings of one 承德 institution (the registry's booking demo is in 2026): in time, late, declined, rated.
  const enterprise = await db.getRepository(UserAccount).findOneByOrFail({ username: 'enterprise' });
  for (const inst of chengde) {
    const product = await db
      .getRepository(ServiceProduct)
      .findOne({ where: { institutionId: inst.id, published: true }, order: { id: 'ASC' } });
    if (!product || !enterprise.enterpriseId) continue;
    const booking = (requestDate: string, responseDeadline: string, b: Partial<ServiceBooking>): Partial<ServiceBooking> => ({
      productId: product.id,
      productName: product.name,
      institutionId: inst.id,
      divisionCode: inst.divisionCode,
      enterpriseId: enterprise.enterpriseId!,
      need: '生产线数字化改造咨询',
      contactPerson: '王强',
      contactPhone: '13903145678',
      requestedAt: new Date(`${requestDate}T02:00:00Z`),
      requestDate,
      responseDeadline,
      version: 1,
      ...b,
    });
    const answered = (on: string) => ({ respondedAt: new Date(`${on}T02:00:00Z`), respondedOn: on });
    const done = (rating: number) => ({ completedAt: new Date('2025-12-20T02:00:00Z'), rating, ratedAt: new Date('2025-12-21T02:00:00Z') });
    await db
      .getRepository(ServiceBooking)
      .insert([
        booking('2025-09-01', '2025-09-08', { status: BookingStatus.COMPLETED, ...answered('2025-09-03'), ...done(5) }),
        booking('2025-09-15', '2025-09-22', { status: BookingStatus.COMPLETED, ...answered('2025-09-25'), ...done(4) }),
        booking('2025-10-13', '2025-10-20', { status: BookingStatus.DECLINED, ...answered('2025-10-14'), responseNote: '超出服务范围' }),
        booking('2025-11-03', '2025-11-10', { status: BookingStatus.COMPLETED, ...answered('2025-11-05'), ...done(3) }),
        booking('2025-12-01', '2025-12-08', { status: BookingStatus.ACCEPTED, ...answered('2025-12-02') }),
      ]);
    break;
  }

  const rubric = await db.getRepository(EvaluationRubric).findOneOrFail({ where: {}, order: { id: 'ASC' } });
  // 2024: the few institutions in the registry by the end of March 2025, all scored and published.
  const c2024 = await services.evaluations.openCampaign({ year: 2024, rubricId: String(rubric.id), referenceDate: '2025-03-31' }, province);
  await scoreSheets(services, await db.getRepository(EvaluationSheet).find({ where: { campaignId: c2024.id } }), true);
  const refreshed2024 = await services.evaluations.refresh(c2024.id, province);
  await services.evaluations.publish({ campaignId: String(c2024.id), expectedVersion: refreshed2024.version }, province);

  // 2025: in progress.
  const c2025 = await services.evaluations.openCampaign({ year: 2025, rubricId: String(rubric.id), referenceDate: '2025-12-31' }, province);
  const sheets = await db.getRepository(EvaluationSheet).find({ where: { campaignId: c2025.id }, order: { id: 'ASC' } });
  const toScore = sheets.slice(0, Math.max(0, sheets.length - DEMO_PENDING_SHEETS));
  await scoreSheets(services, toScore, false);
  const failed = toScore.find((s) => s.institutionId !== demoUser.institutionId);
  if (failed) {
    await rawQuery(
      db,
      `UPDATE evaluation_sheet SET onSiteDate = :d, onSiteInspectors = :who, onSiteFindings = :f, onSitePassed = :passed WHERE id = :id`,
      { d: '2026-03-12', who: '王建国、刘敏', f: '经营场所与申报不符，合作专家协议已过期。', passed: false, id: failed.id },
    );
  }
  const passed = toScore.find((s) => s.id !== failed?.id && s.institutionId !== demoUser.institutionId);
  if (passed) {
    await rawQuery(
      db,
      `UPDATE evaluation_sheet SET onSiteDate = :d, onSiteInspectors = :who, onSiteFindings = :f, onSitePassed = :passed WHERE id = :id`,
      {
        d: '2026-03-13',
        who: '王建国、刘敏',
        f: '场地、人员与申报一致。',
        passed: true,
        id: passed.id,
      },
    );
  }
  await services.evaluations.refresh(c2025.id, province);
}
