import { INSTITUTION_TYPE_LABELS, SERVICE_CATEGORY_LABELS, SERVICE_NATURE_LABELS } from './catalog';
import { ATTACHMENT_SLOT_NAMES } from './eligibility';

/**
 * What the reviewer compares after a return for correction (退回修改, Art. 8 / SPEC §3.1 and §3.4): the application's
 * content when it was returned against its content now. Plain JSON, so a snapshot taken at the return can be stored
 * as is and compared years later.
 */
export interface ApplicationContent {
  fields: Record<string, string | number | boolean | string[] | null>;
  products: { name: string; content: string; application: string }[];
  staff: { name: string; post: string; title: string; education: string; hasContractProof: boolean }[];
  servedEnterprises: { name: string; nature: string; satisfaction: string }[];
  attachments: { slot: number; fileName: string; sha256: string }[];
}

export type ApplicationChangeKind = 'CHANGED' | 'ADDED' | 'REMOVED';

export interface ApplicationChange {
  /** Stable key: a form field, or `staff[张三].title`, `attachments[3]`. */
  field: string;
  label: string;
  kind: ApplicationChangeKind;
  before: string | null;
  after: string | null;
}

type Format = 'text' | 'number' | 'bool' | 'institutionType' | 'nature' | 'categories' | 'date';

/** Attachment 2's fields in the order the form prints them, with their labels. */
export const APPLICATION_CONTENT_FIELDS: readonly { key: string; label: string; format?: Format }[] = [
  { key: 'name', label: '单位名称' },
  { key: 'institutionType', label: '机构性质', format: 'institutionType' },
  { key: 'nature', label: '服务性质', format: 'nature' },
  { key: 'address', label: '通讯地址' },
  { key: 'postalCode', label: '邮政编码' },
  { key: 'legalRepresentative', label: '法定代表人' },
  { key: 'foundedOn', label: '成立日期', format: 'date' },
  { key: 'registeredCapital', label: '注册资本（万元）', format: 'number' },
  { key: 'contactPerson', label: '联系人' },
  { key: 'contactPhone', label: '联系电话' },
  { key: 'email', label: '电子信箱' },
  { key: 'employees', label: '从业人数', format: 'number' },
  { key: 'qualifiedStaff', label: '大专以上和中级职称以上人数', format: 'number' },
  { key: 'cooperatingExperts', label: '上年度合作相关专家数', format: 'number' },
  { key: 'seniorExperts', label: '其中副高级以上专家数', format: 'number' },
  { key: 'cooperatingInstitutions', label: '签有合作协议的合作机构数', format: 'number' },
  { key: 'serviceAssets', label: '服务资产（万元）', format: 'number' },
  { key: 'totalAssets', label: '总资产（万元）', format: 'number' },
  { key: 'premisesArea', label: '服务场地（平方米）', format: 'number' },
  { key: 'mainCategories', label: '主要服务方向', format: 'categories' },
  { key: 'otherCategoryDescription', label: '“其他”服务方向说明' },
  { key: 'activitiesNarrative', label: '服务活动开展情况' },
  { key: 'lastYear', label: '上年度', format: 'number' },
  { key: 'revenueLastYear', label: '上年度服务收入（万元）', format: 'number' },
  { key: 'profitLastYear', label: '上年度服务利润（万元）', format: 'number' },
  { key: 'enterprisesServedLastYear', label: '上年度服务企业数', format: 'number' },
  { key: 'activitySessionsLastYear', label: '上年度服务活动场次', format: 'number' },
  { key: 'revenuePrevYear', label: '前年度服务收入（万元）', format: 'number' },
  { key: 'profitPrevYear', label: '前年度服务利润（万元）', format: 'number' },
  { key: 'enterprisesServedPrevYear', label: '前年度服务企业数', format: 'number' },
  { key: 'activitySessionsPrevYear', label: '前年度服务活动场次', format: 'number' },
  { key: 'smesServedLastYear', label: '近一年累计服务中小企业数', format: 'number' },
  { key: 'pointToPointEnterprises', label: '其中点对点服务企业数', format: 'number' },
  { key: 'declaresNoCreditBlacklist', label: '近两年未列入失信等名单的声明', format: 'bool' },
  { key: 'declarationSigned', label: '申报材料真实性声明', format: 'bool' },
  { key: 'declarationSignedBy', label: '声明签署人' },
];

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function show(value: unknown, format: Format = 'text'): string | null {
  if (isEmpty(value)) return null;
  switch (format) {
    case 'bool':
      return value ? '是' : '否';
    case 'institutionType':
      return INSTITUTION_TYPE_LABELS[value as keyof typeof INSTITUTION_TYPE_LABELS] ?? String(value);
    case 'nature':
      return SERVICE_NATURE_LABELS[value as keyof typeof SERVICE_NATURE_LABELS] ?? String(value);
    case 'categories':
      return (value as string[]).map((c) => SERVICE_CATEGORY_LABELS[c as keyof typeof SERVICE_CATEGORY_LABELS] ?? c).join('、');
    case 'number':
      return String(Number(value));
    default:
      return String(value);
  }
}

interface TableSpec<R> {
  key: 'products' | 'staff' | 'servedEnterprises';
  title: string;
  columns: { key: keyof R & string; label: string; show?: (v: R[keyof R]) => string }[];
}

const TABLES: TableSpec<Record<string, unknown>>[] = [
  {
    key: 'products',
    title: '服务产品',
    columns: [
      { key: 'content', label: '服务内容' },
      { key: 'application', label: '产品应用情况' },
    ],
  },
  {
    key: 'staff',
    title: '服务人员',
    columns: [
      { key: 'post', label: '职务' },
      { key: 'title', label: '职称' },
      { key: 'education', label: '学历' },
      { key: 'hasContractProof', label: '有无合同、社保证明', show: (v) => (v ? '有' : '无') },
    ],
  },
  {
    key: 'servedEnterprises',
    title: '服务企业',
    columns: [
      { key: 'nature', label: '服务性质', show: (v) => show(v, 'nature') ?? '' },
      { key: 'satisfaction', label: '服务满意度' },
    ],
  },
];

const cellOf = (spec: TableSpec<Record<string, unknown>>['columns'][number], row: Record<string, unknown>) =>
  spec.show ? spec.show(row[spec.key]) : String(row[spec.key] ?? '');
const rowText = (spec: TableSpec<Record<string, unknown>>, row: Record<string, unknown>) =>
  [String(row.name ?? ''), ...spec.columns.map((c) => cellOf(c, row))].join('，');

/**
 * Rows are matched by name (a person, an enterprise, a product), the n-th 张三 before with the n-th 张三 after, so a
 * re-ordered table shows no change; a row only before is removed, only after is added, a matched row lists its
 * changed cells.
 */
function tableChanges(spec: TableSpec<Record<string, unknown>>, before: Record<string, unknown>[], after: Record<string, unknown>[]) {
  const out: ApplicationChange[] = [];
  const left = new Map<string, Record<string, unknown>[]>();
  for (const row of before) left.set(String(row.name), [...(left.get(String(row.name)) ?? []), row]);
  for (const row of after) {
    const name = String(row.name);
    const match = left.get(name)?.shift();
    if (!match) {
      out.push({ field: `${spec.key}[${name}]`, label: `${spec.title}（新增）`, kind: 'ADDED', before: null, after: rowText(spec, row) });
      continue;
    }
    for (const c of spec.columns) {
      const [b, a] = [cellOf(c, match), cellOf(c, row)];
      if (b !== a)
        out.push({
          field: `${spec.key}[${name}].${c.key}`,
          label: `${spec.title}“${name}” ${c.label}`,
          kind: 'CHANGED',
          before: b,
          after: a,
        });
    }
  }
  for (const [name, rows] of left) {
    for (const row of rows)
      out.push({ field: `${spec.key}[${name}]`, label: `${spec.title}（删除）`, kind: 'REMOVED', before: rowText(spec, row), after: null });
  }
  return out;
}

function attachmentChanges(before: ApplicationContent['attachments'], after: ApplicationContent['attachments']): ApplicationChange[] {
  const slots = [...new Set([...before, ...after].map((a) => a.slot))].sort((x, y) => x - y);
  return slots.flatMap((slot): ApplicationChange[] => {
    const [b, a] = [before.find((x) => x.slot === slot), after.find((x) => x.slot === slot)];
    if (b && a && b.sha256 === a.sha256 && b.fileName === a.fileName) return [];
    const label = `材料${slot} ${ATTACHMENT_SLOT_NAMES[slot] ?? ''}`.trim();
    const kind: ApplicationChangeKind = !b ? 'ADDED' : !a ? 'REMOVED' : 'CHANGED';
    // The same name with other bytes is a replaced file too: say so instead of showing two equal names.
    const replaced = b && a && b.fileName === a.fileName ? '（已重新上传）' : '';
    return [{ field: `attachments[${slot}]`, label, kind, before: b?.fileName ?? null, after: a ? `${a.fileName}${replaced}` : null }];
  });
}

/**
 * Every change between the content at the return (`before`) and now (`after`), labelled in Chinese, in form order:
 * fields, then the three tables, then the attachment slots. Nothing changed: an empty list.
 */
export function applicationChangesSinceReturn(before: ApplicationContent, after: ApplicationContent): ApplicationChange[] {
  const fields = APPLICATION_CONTENT_FIELDS.flatMap((f): ApplicationChange[] => {
    const [b, a] = [show(before.fields[f.key], f.format), show(after.fields[f.key], f.format)];
    if (b === a) return [];
    return [{ field: f.key, label: f.label, kind: b === null ? 'ADDED' : a === null ? 'REMOVED' : 'CHANGED', before: b, after: a }];
  });
  const tables = TABLES.flatMap((t) =>
    tableChanges(t, (before[t.key] ?? []) as Record<string, unknown>[], (after[t.key] ?? []) as Record<string, unknown>[]),
  );
  return [...fields, ...tables, ...attachmentChanges(before.attachments ?? [], after.attachments ?? [])];
}
