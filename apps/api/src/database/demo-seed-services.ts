import { DataSource, In } from 'typeorm';
import { RegistryIndex } from '../modules/browse/registry-index';
import { bookingResponseDeadlineWithFallback, HolidayCalendar, toIsoDateInShanghai } from '@hebei/domain';
import { prng } from '@hebei/demo-data';
import { RegistryStatus, ServiceNature } from '../common/enums';
import { UserAccount } from '../modules/auth/user.entity';
import { BookingStatus, ServiceBooking } from '../modules/booking/booking.entity';
import { CalendarDay, CalendarYear } from '../modules/calendar/calendar.entity';
import { ServiceCase } from '../modules/case/case.entity';
import { Institution, InstitutionMainCategory } from '../modules/institution/institution.entity';
import { ProductNature, ServiceProduct } from '../modules/product/product.entity';

/** Product names per category: what institutions of that kind typically offer. */
const PRODUCT_NAMES: Record<string, string[]> = {
  DIGITAL_EMPOWERMENT: ['中小企业数字化转型诊断', '工业互联网平台上云服务', '企业管理软件（ERP/MES）实施', '数据安全评估与防护'],
  FINANCING: ['知识产权质押融资对接', '中小企业信用贷款辅导', '融资担保服务', '政府性基金申报辅导'],
  TECH_INNOVATION: ['企业技术中心培育辅导', '产学研合作对接', '工艺改进技术咨询', '新产品研发设计服务'],
  TESTING_INSPECTION: ['产品质量检验检测', '计量器具校准', '食品安全检测', '环境与职业卫生检测'],
  TECH_TRANSFER: ['科技成果评价', '技术合同登记辅导', '专利技术转移对接', '中试熟化服务'],
  BRAND: ['品牌策划与推广', '企业标准制定辅导', '质量管理体系认证辅导', '电商渠道运营服务'],
  POLICY_CONSULTING: ['惠企政策解读与申报辅导', '专精特新企业培育辅导', '中小企业财税咨询', '企业管理诊断'],
  HUMAN_RESOURCES: ['专业技术人才招聘', '企业员工技能培训', '劳动用工合规咨询', '高校毕业生就业对接'],
  OTHER: ['知识产权代理', '企业法律顾问服务', '商标注册代理', '涉外商事咨询'],
};

const PRICE_NOTES = [
  '按项目报价，中小企业享受九折优惠',
  '按次收费，具体以合同约定为准',
  '基础服务免费，深度服务按工作量收费',
  '执行河北省相关收费标准，专精特新企业八折',
];
const ENTERPRISE_WORDS = ['恒达', '鑫源', '华盛', '宏远', '金桥', '泰和', '永兴', '博瑞', '天成', '合力'];
const INDUSTRY_WORDS = ['机械制造', '食品', '新材料', '电子科技', '建材', '纺织', '化工', '农业科技', '汽车零部件', '医药'];

export interface ProductSeedInstitution {
  id: number;
  nature: ServiceNature | string | null;
  mainCategories: string[];
  /** For the content text, e.g. "平泉市". */
  placeName?: string;
}

export type ProductSeedRow = Pick<
  ServiceProduct,
  'institutionId' | 'name' | 'categoryCode' | 'nature' | 'content' | 'priceNote' | 'published' | 'publishedAt'
>;

/**
 * Deterministic products for generated institutions: 1–3 each in their main categories, about 85% published,
 * free more often for public-welfare institutions. Used by the demo seed and the 100k benchmark.
 */
export function generateProducts(institutions: ProductSeedInstitution[], seed = 20252): ProductSeedRow[] {
  const rnd = prng(seed);
  const rows: ProductSeedRow[] = [];
  const publishedAt = new Date('2025-08-01T02:00:00Z');
  for (const inst of institutions) {
    const count = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < count; k++) {
      const categoryCode = inst.mainCategories[k % inst.mainCategories.length] ?? 'OTHER';
      const names = PRODUCT_NAMES[categoryCode] ?? PRODUCT_NAMES.OTHER;
      const name = names[(inst.id + k) % names.length];
      const free = rnd() < (inst.nature === ServiceNature.PUBLIC_WELFARE ? 0.7 : 0.3);
      const published = rnd() < 0.85;
      rows.push({
        institutionId: inst.id,
        name,
        categoryCode,
        nature: free ? ProductNature.FREE : ProductNature.PAID,
        content: `面向${inst.placeName ?? '全省'}中小企业提供${name}，包括需求调研、方案制定、组织实施和效果跟踪，服务周期一般为2至8周。`,
        priceNote: free ? null : PRICE_NOTES[Math.floor(rnd() * PRICE_NOTES.length)],
        published,
        publishedAt: published ? publishedAt : null,
      });
    }
  }
  return rows;
}

export async function insertProducts(db: DataSource, rows: ProductSeedRow[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.transaction(async (em) => {
      await em.insert(ServiceProduct, part);
      await RegistryIndex.refresh(
        em,
        part.filter((p) => p.published !== false).map((p) => p.institutionId),
      );
    });
  }
}

const at = (iso: string) => new Date(iso);

/**
 * Products, cases and a few bookings for the demo (first start of the embedded default), deterministic:
 * the demo institution gets a full offer (incl. 检验检测) and bookings from the demo enterprise in every state —
 * completed and rated, overdue, accepted, declined; a 保定 and a 承德 institution get one booking each.
 */
export async function seedDemoServices(db: DataSource, institutionIds: number[]): Promise<void> {
  const [demoId, ...otherIds] = institutionIds;
  const institutions = await db
    .getRepository(Institution)
    .find({ where: { id: In(otherIds), registryStatus: RegistryStatus.ADMITTED }, order: { id: 'ASC' } });
  const categories = await db
    .getRepository(InstitutionMainCategory)
    .find({ where: { institutionId: In(institutions.map((i) => i.id)) }, order: { institutionId: 'ASC', position: 'ASC' } });
  const byInstitution = new Map<number, string[]>();
  for (const c of categories) byInstitution.set(c.institutionId, [...(byInstitution.get(c.institutionId) ?? []), c.categoryCode]);
  await insertProducts(
    db,
    generateProducts(institutions.map((i) => ({ id: i.id, nature: i.nature, mainCategories: byInstitution.get(i.id) ?? ['OTHER'] }))),
  );

  const rnd = prng(20253);
  const cases = institutions.flatMap((inst) =>
    Array.from({ length: Math.floor(rnd() * 3) }, (_, k) => {
      const enterpriseName = `${ENTERPRISE_WORDS[Math.floor(rnd() * ENTERPRISE_WORDS.length)]}${INDUSTRY_WORDS[Math.floor(rnd() * INDUSTRY_WORDS.length)]}有限公司`;
      const names = PRODUCT_NAMES[byInstitution.get(inst.id)?.[0] ?? 'OTHER'] ?? PRODUCT_NAMES.OTHER;
      return {
        institutionId: inst.id,
        title: `为${enterpriseName}提供${names[k % names.length]}`,
        enterpriseName,
        content: `针对企业在${names[k % names.length]}方面的需求，组织专业团队开展现场调研和方案设计，并全程跟踪实施。`,
        outcome: `帮助企业降低成本约${5 + Math.floor(rnd() * 20)}%，企业满意度评价为“满意”。`,
        servedOn: `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      };
    }),
  );
  for (let i = 0; i < cases.length; i += 500) await db.getRepository(ServiceCase).insert(cases.slice(i, i + 500));

  // The demo institution's own offer.
  const demoProducts = await db.getRepository(ServiceProduct).save(
    [
      {
        institutionId: demoId,
        name: '中小企业数字化转型诊断',
        categoryCode: 'DIGITAL_EMPOWERMENT',
        nature: ProductNature.FREE,
        published: true,
        publishedAt: at('2025-08-01T02:00:00Z'),
        content:
          '由数字化转型服务专家上门诊断企业研发、生产、经营管理各环节的数字化水平，对照国家中小企业数字化水平评测指标出具诊断报告和改造路线图。',
        priceNote: null,
      },
      {
        institutionId: demoId,
        name: '设备联网与生产数据采集（轻量化MES实施）',
        categoryCode: 'DIGITAL_EMPOWERMENT',
        nature: ProductNature.PAID,
        published: true,
        publishedAt: at('2025-08-01T02:00:00Z'),
        content: '为离散制造企业提供设备联网、生产数据采集、车间看板和轻量化MES部署，实施周期4至8周，提供一年运维。',
        priceNote: '按项目报价：诊断免费，实施一般2万–8万元，专精特新企业优惠10%',
      },
      {
        institutionId: demoId,
        name: '机械零部件尺寸与材料检验检测',
        categoryCode: 'TESTING_INSPECTION',
        nature: ProductNature.PAID,
        published: true,
        publishedAt: at('2025-09-01T02:00:00Z'),
        content: '依据国家标准开展机械零部件几何尺寸、硬度、金相和化学成分检验检测，出具CMA检验检测报告，常规项目5个工作日内出具。',
        priceNote: '按检测项目收费，执行河北省检验检测服务收费标准，中小企业八折',
      },
      {
        institutionId: demoId,
        name: '计量器具免费校准日',
        categoryCode: 'TESTING_INSPECTION',
        nature: ProductNature.FREE,
        published: false,
        publishedAt: null,
        content: '每季度组织一次面向平泉市中小企业的计量器具免费校准活动（卡尺、千分尺、压力表等常用器具）。',
        priceNote: null,
      },
    ].map((p) => db.getRepository(ServiceProduct).create(p)),
  );
  await db.transaction((em) => RegistryIndex.refresh(em, [demoId]));
  await db.getRepository(ServiceCase).insert([
    {
      institutionId: demoId,
      title: '精密机械企业数字化车间改造',
      enterpriseName: '承德市恒信精密机械有限公司',
      servedOn: '2026-05-20',
      content: '为企业12台数控机床加装数据采集终端，部署生产看板和质量追溯系统，打通订单、排产和质检数据。',
      outcome: '设备综合效率提升18%，质量问题追溯时间由2天缩短到2小时。',
    },
    {
      institutionId: demoId,
      title: '食品企业出厂检验能力提升',
      enterpriseName: '平泉市山庄食品有限公司',
      servedOn: '2025-11-12',
      content: '协助企业建立出厂检验室，开展检验人员培训和比对试验，并承担型式检验委托检测。',
      outcome: '企业顺利通过食品生产许可复查，出厂检验合格率保持100%。',
    },
    {
      institutionId: demoId,
      title: '矿山装备企业上云用平台',
      enterpriseName: '宽城满族自治县金桥矿山装备有限公司',
      servedOn: '2025-08-26',
      content: '为企业提供工业互联网平台上云服务，实现设备远程监测和预测性维护。',
      outcome: '非计划停机减少30%，入选承德市数字化转型典型案例。',
    },
  ]);

  // Bookings, with deadlines from the holiday calendar as the service would compute them.
  const enterpriseUser = await db.getRepository(UserAccount).findOne({ where: { username: 'enterprise' } });
  const demo = await db.getRepository(Institution).findOneOrFail({ where: { id: demoId } });
  if (!enterpriseUser?.enterpriseId) return;
  const calendar = new HolidayCalendar(
    (await db.getRepository(CalendarYear).find()).map((y) => y.year),
    (await db.getRepository(CalendarDay).find()).map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
  );
  const booking = (
    product: ServiceProduct,
    institution: Institution,
    requestedAt: string,
    extra: Partial<ServiceBooking>,
  ): Partial<ServiceBooking> => {
    const requestDate = toIsoDateInShanghai(at(requestedAt));
    const { deadline, provisional } = bookingResponseDeadlineWithFallback(calendar, requestDate);
    return {
      productId: product.id,
      productName: product.name,
      institutionId: institution.id,
      divisionCode: institution.divisionCode,
      enterpriseId: enterpriseUser.enterpriseId!,
      contactPerson: '赵立新',
      contactPhone: '13831412345',
      need: `希望就“${product.name}”进行沟通，了解服务流程、周期和费用。`,
      preferredTime: '工作日上午',
      status: BookingStatus.REQUESTED,
      requestedAt: at(requestedAt),
      requestDate,
      responseDeadline: deadline,
      deadlineProvisional: provisional,
      overdue: false,
      version: 1,
      ...extra,
    };
  };
  const [diagnosis, mes, testing] = demoProducts;
  const rows: Partial<ServiceBooking>[] = [
    booking(testing, demo, '2026-09-01T02:30:00Z', {
      need: '新产品齿轮轴需做硬度和金相检验，约20件样品，请安排检测并说明报告周期。',
      status: BookingStatus.COMPLETED,
      respondedAt: at('2026-09-02T01:00:00Z'),
      respondedOn: '2026-09-02',
      responseNote: '已安排，9月7日前送样即可。',
      completedAt: at('2026-09-18T08:00:00Z'),
      completionNote: '检验检测报告已出具。',
      rating: 5,
      ratingComment: '报告出具及时，工程师现场讲解细致。',
      ratedAt: at('2026-09-19T03:00:00Z'),
      version: 4,
    }),
    booking(mes, demo, '2026-10-12T02:00:00Z', {
      status: BookingStatus.DECLINED,
      respondedAt: at('2026-10-13T03:00:00Z'),
      respondedOn: '2026-10-13',
      responseNote: '贵企业需求为整厂MES系统建设，超出本产品轻量化实施范围，建议联系省级工业互联网服务机构。',
      version: 2,
    }),
    booking(diagnosis, demo, '2026-10-28T03:00:00Z', {
      need: '企业计划申报数字化转型试点，希望先做一次数字化水平诊断。',
      overdue: true,
      overdueFlaggedAt: at('2026-11-04T16:05:00Z'),
    }),
    booking(mes, demo, '2026-11-02T06:00:00Z', {
      need: '两条装配线需要设备联网和产量看板，请上门评估。',
      status: BookingStatus.ACCEPTED,
      respondedAt: at('2026-11-03T02:00:00Z'),
      respondedOn: '2026-11-03',
      responseNote: '已接受，11月10日上午上门评估。',
      version: 2,
    }),
  ];
  // One booking each at a 保定 and another 承德 institution, so jurisdiction shows in the overdue views.
  const published = await db
    .getRepository(ServiceProduct)
    .find({ where: { institutionId: In(institutions.map((i) => i.id)), published: true }, order: { id: 'ASC' } });
  const firstIn = (cityPrefix: string) => {
    const inst = institutions.find((i) => i.divisionCode.startsWith(cityPrefix) && published.some((p) => p.institutionId === i.id));
    return inst ? { inst, product: published.find((p) => p.institutionId === inst.id)! } : undefined;
  };
  const baoding = firstIn('1306');
  if (baoding)
    rows.push(
      booking(baoding.product, baoding.inst, '2026-10-20T02:00:00Z', { overdue: true, overdueFlaggedAt: at('2026-10-27T16:05:00Z') }),
    );
  const chengde = firstIn('1308');
  if (chengde) {
    rows.push(
      booking(chengde.product, chengde.inst, '2026-08-10T02:00:00Z', {
        status: BookingStatus.COMPLETED,
        respondedAt: at('2026-08-11T02:00:00Z'),
        respondedOn: '2026-08-11',
        completedAt: at('2026-08-28T02:00:00Z'),
        rating: 4,
        ratingComment: '服务专业，沟通顺畅。',
        ratedAt: at('2026-08-29T02:00:00Z'),
        version: 4,
      }),
    );
  }
  await db.getRepository(ServiceBooking).insert(rows);
}
