import { addDays, CalendarYearNotLoadedError, makeUscc } from '@hebei/domain';
import { Actor, AuthUser } from '../common/context';
import { RegistryStatus, Role } from '../common/enums';
import { ApplicationInput } from '../modules/application/application.inputs';
import { hashPassword } from '../modules/auth/password';
import { toAuthUser } from '../modules/auth/auth.service';
import { UserAccount } from '../modules/auth/user.entity';
import { Batch, BatchStatus } from '../modules/batch/batch.entity';
import { Institution } from '../modules/institution/institution.entity';
import { ReviewAction } from '../modules/review/review.inputs';
import { Services } from '../services';
import { DEMO_PASSWORD } from './demo-seed';

const DEMO_PDF = Buffer.from('%PDF-1.4\n% 演示材料\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

type Step = [username: string, action: ReviewAction, opinion: string] | 'PUBLISH';
const county = (u: string): Step => [u, ReviewAction.APPROVE, '材料真实完整，同意上报'];
const city = (u: string): Step => [u, ReviewAction.APPROVE, '该机构服务能力较强，同意推荐'];
const prov: Step = ['province', ReviewAction.APPROVE, '符合入库条件，同意'];

/** Where each demo application stops, so every review queue has something in it on first start. */
const STAGES: { username: string; name: string; division: string; submit: boolean; steps: Step[] }[] = [
  { username: 'applicant01', name: '平泉市燕赵检测技术服务有限公司', division: '130881', submit: true, steps: [] },
  { username: 'applicant02', name: '平泉市太行数字科技有限公司', division: '130881', submit: true, steps: [county('pingquan')] },
  {
    username: 'applicant03',
    name: '平泉市启航企业管理咨询有限公司',
    division: '130881',
    submit: true,
    steps: [county('pingquan'), city('chengde')],
  },
  {
    username: 'applicant04',
    name: '平泉市汇智人力资源服务有限公司',
    division: '130881',
    submit: true,
    steps: [county('pingquan'), city('chengde'), prov, 'PUBLISH'],
  },
  {
    username: 'applicant05',
    name: '平泉市鼎盛品牌策划有限公司',
    division: '130881',
    submit: true,
    steps: [county('pingquan'), city('chengde'), prov],
  },
  {
    username: 'applicant06',
    name: '平泉市众联融资担保有限公司',
    division: '130881',
    submit: true,
    steps: [['pingquan', ReviewAction.RETURN, '请补充服务场地租赁合同的清晰扫描件']],
  },
  {
    username: 'applicant07',
    name: '平泉市恒信科技成果转化服务有限公司',
    division: '130881',
    submit: true,
    steps: [county('pingquan'), ['chengde', ReviewAction.REJECT, '近一年服务中小企业数量依据不足，不予推荐']],
  },
  { username: 'applicant08', name: '保定市竞秀区博远技术转移中心', division: '130602', submit: true, steps: [county('jingxiu')] },
  { username: 'applicant09', name: '定州市正元检验检测有限公司', division: '130682', submit: true, steps: [] },
  { username: 'applicant10', name: '平泉市立德政策咨询服务中心', division: '130881', submit: false, steps: [] },
];

/** Extra bureaus the demo queues need beside the documented accounts. */
export const EXTRA_DEMO_OFFICERS = [
  { username: 'dingzhou', role: Role.CITY, displayName: '定州市工业和信息化局', divisionCode: '130682' },
  { username: 'jingxiu', role: Role.COUNTY, displayName: '保定市竞秀区工业和信息化局', divisionCode: '130602' },
];

function form(name: string, i: number): ApplicationInput {
  return {
    name,
    institutionType: 'ENTERPRISE' as never,
    nature: (i % 2 ? 'MARKET' : 'PUBLIC_WELFARE') as never,
    address: `河北省${name.slice(0, 6)}建设路${10 + i}号`,
    postalCode: '067500',
    legalRepresentative: ['王建国', '李春梅', '张志强', '刘海燕', '陈立新'][i % 5],
    foundedOn: `${2012 + (i % 8)}-0${1 + (i % 9)}-15`,
    registeredCapital: 300 + i * 50,
    contactPerson: ['赵晓东', '孙丽', '周勇', '吴静'][i % 4],
    contactPhone: `139314${String(10000 + i * 137).slice(0, 5)}`,
    email: `contact${i}@example.cn`,
    employees: 30 + i * 3,
    qualifiedStaff: 20 + i,
    cooperatingExperts: 22 + i,
    seniorExperts: 10 + (i % 4),
    cooperatingInstitutions: 5 + (i % 6),
    serviceAssets: 150 + i * 10,
    totalAssets: 260 + i * 25,
    premisesArea: 160 + i * 20,
    mainCategories: [
      ['TESTING_INSPECTION'],
      ['DIGITAL_EMPOWERMENT', 'TECH_INNOVATION'],
      ['POLICY_CONSULTING'],
      ['HUMAN_RESOURCES'],
      ['BRAND'],
      ['FINANCING'],
      ['TECH_TRANSFER'],
    ][i % 7],
    activitiesNarrative:
      '近两年参与“百场万家”公益服务活动、“一起益企”中小企业服务行动及产学研对接活动，累计组织专场服务活动二十余场，为县域中小企业提供诊断、培训与对接服务，企业满意度较高。',
    lastYear: 2025,
    revenueLastYear: 180 + i * 30,
    profitLastYear: 20 + i * 3,
    enterprisesServedLastYear: 120 + i * 5,
    activitySessionsLastYear: 12 + i,
    revenuePrevYear: 150 + i * 25,
    profitPrevYear: 15 + i * 2,
    enterprisesServedPrevYear: 100 + i * 4,
    activitySessionsPrevYear: 10 + i,
    smesServedLastYear: 110 + i * 5,
    pointToPointEnterprises: 12 + i,
    declaresNoCreditBlacklist: true,
    declarationSigned: true,
    declarationSignedBy: ['王建国', '李春梅', '张志强', '刘海燕', '陈立新'][i % 5],
    products: [{ name: '企业服务诊断', content: '面向中小企业的现场诊断与改进方案', application: '近一年服务企业40余家' }],
    staff: [{ name: '马立新', post: '项目经理', title: '工程师', education: '本科', hasContractProof: true }],
    servedEnterprises: [{ name: '承德市某机械制造有限公司', nature: 'PUBLIC_WELFARE' as never, satisfaction: '满意' }],
  };
}

/**
 * Demo applications at every stage of the review chain, made through the real services so that
 * their timelines, audit rows and notifications are the genuine article.
 */
export async function seedDemoApplications(services: Services): Promise<void> {
  const { db, clock } = services;
  if ((await db.getRepository(Batch).count()) > 0) return;
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  const officers = new Map<string, AuthUser>();
  for (const u of await db.getRepository(UserAccount).find()) officers.set(u.username, toAuthUser(u));
  const as = (username: string): Actor => ({ user: officers.get(username), ip: '127.0.0.1' });
  const province = as('province');

  const past = await services.batches.create(
    { name: `${year - 1}年第一批`, onlineDeadline: `${year - 1}-06-13`, paperDeadline: `${year - 1}-06-15` },
    province,
  );
  await services.batches.setStatus(past.id, BatchStatus.OPEN, province);
  await services.batches.setStatus(past.id, BatchStatus.CLOSED, province);
  const current = await services.batches.create(
    { name: `${year}年第二批`, onlineDeadline: addDays(today, 30), paperDeadline: addDays(today, 33) },
    province,
  );
  await services.batches.setStatus(current.id, BatchStatus.OPEN, province);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const o of EXTRA_DEMO_OFFICERS) {
    const saved = await db.getRepository(UserAccount).save(db.getRepository(UserAccount).create({ ...o, passwordHash }));
    officers.set(o.username, toAuthUser(saved));
  }
  for (const [i, s] of STAGES.entries()) {
    const inst = await db.getRepository(Institution).save(
      db.getRepository(Institution).create({
        name: s.name,
        uscc: makeUscc(`91${s.division}MA0AP${String(i).padStart(4, '0')}`),
        divisionCode: s.division,
        contactPerson: '赵晓东',
        contactPhone: '13931410000',
        registryStatus: RegistryStatus.APPLICANT,
      }),
    );
    const user = await db
      .getRepository(UserAccount)
      .save(
        db
          .getRepository(UserAccount)
          .create({ username: s.username, passwordHash, role: Role.INSTITUTION, displayName: s.name, institutionId: inst.id }),
      );
    const applicant: Actor = { user: toAuthUser(user), ip: '127.0.0.1' };
    const scope = services.divisions.scopeFor(applicant.user);
    const app = await services.applications.create(current.id, applicant);
    await services.applications.save(scope, app.id, form(s.name, i), applicant);
    if (!s.submit) continue;
    for (let slot = 1; slot <= 11; slot++) await services.attachments.upload(scope, app.id, slot, `材料${slot}.pdf`, DEMO_PDF, applicant);
    await services.applications.submit(scope, app.id, applicant);
    for (const step of s.steps) {
      if (step === 'PUBLISH') {
        // Near the year's end the notice period may reach a year whose holidays are not loaded yet: leave it 待公示.
        await services.notices.publish(current.id, province).catch((e) => {
          if (!(e instanceof CalendarYearNotLoadedError)) throw e;
        });
        continue;
      }
      const [username, action, opinion] = step;
      const actor = as(username);
      const officerScope = services.divisions.scopeFor(actor.user);
      const { version } = await services.applications.get(officerScope, app.id);
      await services.reviews.review(officerScope, { applicationId: String(app.id), expectedVersion: version, action, opinion }, actor);
    }
  }
}
