import { makeUscc, SERVICE_CATEGORIES } from '@hebei/domain';

/** mulberry32: tiny, fast and deterministic, so the same seed always yields the same registry. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoInstitution {
  name: string;
  uscc: string;
  institutionType: 'ENTERPRISE' | 'PUBLIC_INSTITUTION' | 'SOCIAL_ORGANIZATION' | 'OTHER';
  nature: 'PUBLIC_WELFARE' | 'MARKET';
  divisionCode: string;
  mainCategories: string[];
  otherCategoryDescription: string | null;
  address: string;
  postalCode: string;
  legalRepresentative: string;
  foundedOn: string;
  registeredCapital: number;
  contactPerson: string;
  contactPhone: string;
  email: string;
  employees: number;
  qualifiedStaff: number;
  cooperatingExperts: number;
  seniorExperts: number;
  cooperatingInstitutions: number;
  serviceAssets: number;
  totalAssets: number;
  premisesArea: number;
  registryStatus: 'APPLICANT' | 'ADMITTED';
  admittedOn: string | null;
}

export interface PlaceRef {
  code: string; // county-level registry division
  name: string;
  cityName: string;
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '立新',
  '春梅',
];

const BRAND_WORDS = [
  '冀达',
  '燕赵',
  '太行',
  '渤海',
  '长城',
  '冀通',
  '华北',
  '恒信',
  '正元',
  '博远',
  '启航',
  '鼎盛',
  '汇智',
  '同创',
  '新源',
  '众联',
  '卓越',
  '瑞丰',
  '弘业',
  '立德',
];

const CATEGORY_WORDS: Record<string, { words: string[]; suffix: string[] }> = {
  DIGITAL_EMPOWERMENT: { words: ['数智', '云联', '智造'], suffix: ['数字科技有限公司', '信息技术服务有限公司'] },
  FINANCING: { words: ['融通', '普惠', '信融'], suffix: ['融资担保有限公司', '金融服务有限公司'] },
  TECH_INNOVATION: { words: ['创新', '科创', '智研'], suffix: ['科技创新服务中心', '技术研究院'] },
  TESTING_INSPECTION: { words: ['检测', '质检', '计量'], suffix: ['检验检测有限公司', '产品质量检验所'] },
  TECH_TRANSFER: { words: ['成果', '技术转移', '孵化'], suffix: ['技术转移中心', '科技成果转化服务有限公司'] },
  BRAND: { words: ['品牌', '标准', '质量'], suffix: ['品牌策划有限公司', '标准化服务中心'] },
  POLICY_CONSULTING: { words: ['政策', '咨询', '管理'], suffix: ['企业管理咨询有限公司', '中小企业服务中心'] },
  HUMAN_RESOURCES: { words: ['人才', '人力', '英才'], suffix: ['人力资源服务有限公司', '职业培训学校'] },
  OTHER: { words: ['综合', '法律', '知识产权'], suffix: ['企业服务有限公司', '知识产权代理有限公司'] },
};

const TYPE_FOR_SUFFIX = (suffix: string): DemoInstitution['institutionType'] =>
  suffix.includes('有限公司')
    ? 'ENTERPRISE'
    : suffix.includes('所') || suffix.includes('研究院')
      ? 'PUBLIC_INSTITUTION'
      : suffix.includes('学校') || suffix.includes('中心')
        ? 'SOCIAL_ORGANIZATION'
        : 'OTHER';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Deterministic institutions spread over the given places. The same (count, seed, places) always gives the same rows;
 * 200 for the demo, 100k for benchmarks.
 */
export function generateInstitutions(count: number, places: PlaceRef[], seed = 20251): DemoInstitution[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const codes: string[] = SERVICE_CATEGORIES.map((c) => c.code);
  const out: DemoInstitution[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length];
    const first = pick(codes.filter((c) => c !== 'OTHER').concat(i % 23 === 0 ? ['OTHER'] : []));
    const second = rnd() < 0.45 ? pick(codes.filter((c) => c !== first && c !== 'OTHER')) : null;
    const main = second ? [first, second] : [first];
    const theme = CATEGORY_WORDS[first];
    const suffix = pick(theme.suffix);
    const county = place.name.replace(/(市|县|区|自治县)$/, '');
    let name = `${place.cityName === place.name ? '' : place.cityName.replace(/市$/, '')}${county}${pick(BRAND_WORDS)}${pick(theme.words)}${suffix}`;
    if (usedNames.has(name)) name = name.replace(suffix, `第${pad(i, 3)}${suffix}`);
    usedNames.add(name);
    // Registration authority 5 (civil affairs) for social organisations, 1 for public institutions, 9 (market regulation) otherwise.
    const type = TYPE_FOR_SUFFIX(suffix);
    const authority = type === 'SOCIAL_ORGANIZATION' ? '52' : type === 'PUBLIC_INSTITUTION' ? '12' : '91';
    const orgCode = pad((i * 7919 + seed) % 1_000_000_000, 9).replace(/[IOZSV]/g, '0');
    const uscc = makeUscc(`${authority}${place.code}${orgCode}`);
    const foundedYear = int(1998, 2022);
    const totalAssets = round2(int(150, 8000) + rnd());
    const surname = pick(SURNAMES.split(''));
    const admitted = rnd() < 0.8;
    out.push({
      name,
      uscc,
      institutionType: type,
      nature: rnd() < 0.4 ? 'PUBLIC_WELFARE' : 'MARKET',
      divisionCode: place.code,
      mainCategories: main,
      otherCategoryDescription: main.includes('OTHER') ? '知识产权与法律服务' : null,
      address: `河北省${place.cityName === place.name ? '' : place.cityName}${place.name}${pick(['建设', '人民', '新华', '胜利', '和平', '光明'])}路${int(1, 399)}号`,
      postalCode: `0${int(50000, 79999)}`,
      legalRepresentative: surname + pick(GIVEN),
      foundedOn: `${foundedYear}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
      registeredCapital: round2(int(50, 5000)),
      contactPerson: pick(SURNAMES.split('')) + pick(GIVEN),
      contactPhone: `1${pick(['3', '5', '8'])}${pad(int(0, 999_999_999), 9)}`,
      email: `service${pad(i, 5)}@example.cn`,
      employees: int(12, 400),
      qualifiedStaff: int(8, 200),
      cooperatingExperts: int(20, 80),
      seniorExperts: int(10, 30),
      cooperatingInstitutions: int(5, 30),
      serviceAssets: round2(totalAssets * (0.3 + rnd() * 0.5)),
      totalAssets,
      premisesArea: int(150, 3000),
      registryStatus: admitted ? 'ADMITTED' : 'APPLICANT',
      admittedOn: admitted ? `${pick([2025, 2026])}-${pick(['07-18', '11-20', '03-27'])}` : null,
    });
  }
  // The form's cross-field rules hold for demo data too (applicationFormViolations: 大专以上 ≤ 从业人数, 副高级以上 ≤ 专家总数); clamped after
  // drawing so the same seed still yields the same registry otherwise.
  for (const row of out) {
    row.qualifiedStaff = Math.min(row.qualifiedStaff, row.employees);
    row.seniorExperts = Math.min(row.seniorExperts, row.cooperatingExperts);
  }
  return out;
}
