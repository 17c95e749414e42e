import {
  addDays,
  changeReportDueDate,
  IsoDate,
  isChangeReportLate,
  makeUscc,
  MISSED_PERIODS_FOR_NOTICE,
  reentryBanUntil,
  reportDeadlinesBetween,
  reportPeriodStart,
} from '@hebei/domain';
import { prng } from '@hebei/demo-data';
import { RegistryStatus } from '../common/enums';
import { UserAccount } from '../modules/auth/user.entity';
import { ChangeReport, ChangeReportField, ChangeReportStatus, ChangeField, ChangeType } from '../modules/change/change-report.entity';
import { Institution, InstitutionMainCategory } from '../modules/institution/institution.entity';
import { RemovalCase, RemovalCaseSource, RemovalCaseStatus, RemovalReason } from '../modules/removal/removal-case.entity';
import { ComplianceNotice, ServiceReport, ServiceReportStatus } from '../modules/report/report.entity';
import { Services } from '../services';

const CHUNK = 300;
const NARRATIVES = [
  '本期围绕县域中小企业需求开展上门诊断和线上咨询，组织专场对接活动，服务质量稳定，企业反馈良好。',
  '本期重点开展检验检测与数字化转型诊断服务，参与“一起益企”中小企业服务行动，完成既定服务计划。',
  '本期持续提供政策解读和申报辅导，联合市级主管部门举办公益讲座，服务企业数量较上期有所增长。',
];

type ReportRow = Partial<ServiceReport>;

/** The first instant of a Beijing date, 10:00 (a plausible submission time). */
const at = (date: IsoDate) => new Date(`${date}T02:00:00.000Z`);

function report(
  inst: Institution,
  deadline: IsoDate,
  submittedOn: IsoDate | null,
  rnd: () => number,
  status = ServiceReportStatus.SUBMITTED,
): ReportRow {
  const served = 20 + Math.floor(rnd() * 60);
  return {
    institutionId: inst.id,
    divisionCode: inst.divisionCode,
    deadline,
    periodStart: reportPeriodStart(deadline, inst.admittedOn!),
    status,
    servicesDelivered: served + Math.floor(rnd() * 40),
    enterprisesServed: served,
    pointToPointServed: Math.floor(served / 4),
    publicWelfareCount: 1 + Math.floor(rnd() * 5),
    publicWelfareDescription: '参加“百场万家”公益服务活动，为县域企业提供免费诊断。',
    activities: '举办专题对接会1场，参加市级服务活动2场。',
    serviceRevenue: Math.round((30 + rnd() * 150) * 100) / 100,
    narrative: NARRATIVES[Math.floor(rnd() * NARRATIVES.length)],
    bookingsReceived: status === ServiceReportStatus.SUBMITTED ? 0 : null,
    bookingsAnsweredInTime: status === ServiceReportStatus.SUBMITTED ? 0 : null,
    bookingsCompleted: status === ServiceReportStatus.SUBMITTED ? 0 : null,
    submittedAt: submittedOn ? at(submittedOn) : null,
    submittedOn,
    onTime: !!submittedOn && submittedOn <= deadline,
    version: 1,
  };
}

/**
 * Dynamic management on first start (issue #9), relative to the clock's today so that the escalation job finds
 * nothing to add: every admitted institution reported each closed period on time, except — the demo institution
 * once late and its current period in draft; one 承德 institution with the last period missed; one with the last two
 * missed and its 通报; one with three missed, its 通报 and a removal case waiting for PROVINCE; an institution removed
 * for data fraud under the 2-year ban; a withdrawn case; change reports waiting for 承德's and 保定's verification.
 */
export async function seedDemoCompliance(services: Services): Promise<void> {
  const { db, clock } = services;
  const today = clock.today();
  const yesterday = addDays(today, -1);
  const rnd = prng(20254);
  const demoUser = await db.getRepository(UserAccount).findOneByOrFail({ username: 'institution' });
  const admitted = await db.getRepository(Institution).find({ where: { registryStatus: RegistryStatus.ADMITTED }, order: { id: 'ASC' } });
  const closedOf = (i: Institution) => reportDeadlinesBetween(i.admittedOn!, yesterday);
  const others = admitted.filter((i) => i.id !== demoUser.institutionId);
  // Institutions with at least four closed periods, in 承德 (130800) first: the ones the demo's officers follow.
  const seasoned = others.filter((i) => closedOf(i).length >= 4);
  const inChengde = seasoned.filter((i) => services.divisions.cityOf(i.divisionCode)?.code === '130800');
  const inBaoding = seasoned.filter((i) => services.divisions.cityOf(i.divisionCode)?.code === '130600');
  // A small demo (the security tier seeds 5 institutions) has too few to show every state: it shows none.
  if (seasoned.length < 6) return;
  const pick = (list: Institution[], k: number) => list[k] ?? seasoned[k];
  const oneMiss = pick(inChengde, 0);
  const twoMisses = pick(inChengde, 1);
  const threeMisses = pick(inChengde, 2);
  const withdrawn = pick(inBaoding, 0);
  const renamed = pick(inChengde, 3);
  const relocated = pick(inBaoding, 1);
  const missing = new Map<number, number>([
    [oneMiss.id, 1],
    [twoMisses.id, 2],
    [threeMisses.id, 3],
  ]);

  const rows: ReportRow[] = [];
  for (const inst of admitted) {
    const closed = closedOf(inst);
    const skip = missing.get(inst.id) ?? 0;
    closed.forEach((deadline, k) => {
      if (k >= closed.length - skip) return;
      const early = 1 + Math.floor(rnd() * 20);
      let submittedOn = addDays(deadline, -early);
      if (submittedOn < inst.admittedOn!) submittedOn = deadline;
      // The demo institution was late once (the period before the last): kept, marked late, still a miss.
      if (inst.id === demoUser.institutionId && k === closed.length - 2) submittedOn = addDays(deadline, 3);
      rows.push(report(inst, deadline, submittedOn, rnd));
    });
  }
  const demo = admitted.find((i) => i.id === demoUser.institutionId);
  const current = reportDeadlinesBetween(yesterday, addDays(today, 100))[0];
  if (demo && current) rows.push(report(demo, current, null, rnd, ServiceReportStatus.DRAFT));
  for (let i = 0; i < rows.length; i += CHUNK) await db.getRepository(ServiceReport).insert(rows.slice(i, i + CHUNK));

  await db.transaction(async (em) => {
    // 通报 and the case, exactly as the escalation job writes them (same keys: a first run adds nothing).
    const notice = (inst: Institution, runStart: IsoDate, deadline: IsoDate) =>
      em.insert(ComplianceNotice, {
        institutionId: inst.id,
        divisionCode: inst.divisionCode,
        deadline,
        runStartDeadline: runStart,
        missedCount: MISSED_PERIODS_FOR_NOTICE,
        issuedAt: at(addDays(deadline, 1)),
        issuedOn: addDays(deadline, 1),
        runId: null,
      });
    const two = closedOf(twoMisses);
    await notice(twoMisses, two[two.length - 2], two[two.length - 1]);
    const three = closedOf(threeMisses);
    await notice(threeMisses, three[three.length - 3], three[three.length - 2]);
    const trigger = three[three.length - 1];
    await em.insert(RemovalCase, {
      institutionId: threeMisses.id,
      divisionCode: threeMisses.divisionCode,
      reason: RemovalReason.MISSED_REPORTS,
      status: RemovalCaseStatus.PENDING,
      source: RemovalCaseSource.SYSTEM,
      description: '连续3个周期未按规定填报服务情况（第十条），由系统自动发起，待省级主管部门会议研究决定。',
      triggerDeadline: trigger,
      runStartDeadline: three[three.length - 3],
      openInstitutionId: threeMisses.id,
      proposerName: '系统',
      openedAt: at(addDays(trigger, 1)),
      openedOn: addDays(trigger, 1),
      version: 1,
    });
    await em.insert(RemovalCase, {
      institutionId: withdrawn.id,
      divisionCode: withdrawn.divisionCode,
      reason: RemovalReason.CREDIT_BLACKLIST,
      status: RemovalCaseStatus.WITHDRAWN,
      source: RemovalCaseSource.PROVINCE,
      description: '群众反映该机构被列入经营异常名录，经“信用中国”查询核实。',
      openInstitutionId: null,
      proposerName: '河北省工业和信息化厅',
      openedAt: at(addDays(today, -45)),
      openedOn: addDays(today, -45),
      withdrawnAt: at(addDays(today, -30)),
      withdrawReason: '经核查，该机构已于异常名录移出，信用记录良好，撤销案件',
      withdrawnByName: '河北省工业和信息化厅',
      version: 2,
    });

    // Removed for data fraud two months ago: out of the registry, banned for 2 years (Art. 12).
    const removedOn = addDays(today, -60);
    const template = admitted[admitted.length - 1];
    const fraud = em.create(Institution, {
      ...template,
      id: undefined,
      name: '承德市双桥区鑫诚数据服务有限公司',
      uscc: makeUscc('91130802MA0FRAUD1'.replace(/[IOZSV]/g, '0')),
      divisionCode: '130802',
      registryStatus: RegistryStatus.REMOVED,
      admittedOn: '2025-03-27',
      reentryBanUntil: reentryBanUntil(removedOn),
      version: 1,
    } as Partial<Institution>);
    await em.insert(Institution, fraud);
    await em.insert(InstitutionMainCategory, { institutionId: fraud.id, categoryCode: 'DIGITAL_EMPOWERMENT', position: 0 });
    for (const deadline of reportDeadlinesBetween(fraud.admittedOn!, addDays(removedOn, -1))) {
      await em.insert(ServiceReport, report(fraud, deadline, addDays(deadline, -5), rnd));
    }
    await em.insert(RemovalCase, {
      institutionId: fraud.id,
      divisionCode: fraud.divisionCode,
      reason: RemovalReason.DATA_FRAUD,
      status: RemovalCaseStatus.REMOVED,
      source: RemovalCaseSource.PROVINCE,
      description: '抽查发现该机构申报的服务企业名单中有32家企业未接受过其服务，存在数据造假、夸大成效的情形。',
      openInstitutionId: null,
      proposerName: '河北省工业和信息化厅',
      openedAt: at(addDays(removedOn, -7)),
      openedOn: addDays(removedOn, -7),
      decisionNote: '依据第十二条第二款直接移出服务资源库',
      decidedAt: at(removedOn),
      decidedByName: '河北省工业和信息化厅',
      effectiveDate: removedOn,
      removedAt: at(removedOn),
      banUntil: reentryBanUntil(removedOn),
      closedBookings: 0,
      version: 3,
    });

    // Change reports waiting for the city bureaus (one on time, one late).
    const change = async (
      inst: Institution,
      type: ChangeType,
      changeDate: IsoDate,
      submittedOn: IsoDate,
      description: string,
      fields: [ChangeField, string][],
    ) => {
      const row = em.create(ChangeReport, {
        institutionId: inst.id,
        divisionCode: inst.divisionCode,
        type,
        changeDate,
        dueDate: changeReportDueDate(changeDate),
        late: isChangeReportLate(changeDate, submittedOn),
        description,
        status: ChangeReportStatus.SUBMITTED,
        submittedAt: at(submittedOn),
        submittedOn,
        submittedByName: inst.name,
        version: 1,
      });
      await em.insert(ChangeReport, row);
      await em.insert(
        ChangeReportField,
        fields.map(([field, after], position) => ({
          changeReportId: row.id,
          field,
          beforeValue: (inst[field] as string | null) ?? null,
          afterValue: after,
          position,
        })),
      );
    };
    await change(
      renamed,
      ChangeType.RENAME,
      addDays(today, -40),
      addDays(today, -20),
      '经股东会决议并完成市场监管部门变更登记，单位名称变更，统一社会信用代码不变，服务团队与场地均未变化。',
      [[ChangeField.name, renamed.name.replace(/有限公司$|中心$|研究院$|所$|学校$/, '') + '科技服务有限公司']],
    );
    await change(
      relocated,
      ChangeType.RELOCATION,
      addDays(today, -130),
      addDays(today, -10),
      '因业务发展需要迁入新办公场所，服务场地面积由原来的300平方米增加到520平方米。',
      [[ChangeField.address, `${relocated.address?.replace(/\d+号$/, '') ?? '河北省保定市'}创新大厦8层`]],
    );
  });
}
