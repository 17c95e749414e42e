/**
 * Major change reports (重大变化报告, Art. 11, SPEC §4.2): what changed, by when it is due, and the city's verification.
 */
import { FieldViolation } from './errors';
import { IsoDate, compareIsoDate, isIsoDate } from './calendar';
import { defineStateMachine } from './state-machine';

export const CHANGE_TYPES = ['RENAME', 'MERGER', 'RESTRUCTURING', 'RELOCATION', 'OTHER'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const CHANGE_TYPE_LABELS: Readonly<Record<ChangeType, string>> = {
  RENAME: '更名',
  MERGER: '合并',
  RESTRUCTURING: '重组',
  RELOCATION: '迁移',
  OTHER: '其他与入库条件有关的重大变化',
};

/** The institution's fields a change report may carry (before → after); all are plain text columns. */
export const CHANGE_FIELDS = ['name', 'uscc', 'legalRepresentative', 'address', 'postalCode', 'divisionCode'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const CHANGE_FIELD_LABELS: Readonly<Record<ChangeField, string>> = {
  name: '单位名称',
  uscc: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  address: '地址',
  postalCode: '邮政编码',
  divisionCode: '所在县（市、区）',
};

const MAX_LENGTH: Readonly<Record<ChangeField, number>> = {
  name: 200,
  uscc: 18,
  legalRepresentative: 50,
  address: 255,
  postalCode: 6,
  divisionCode: 6,
};

/** A type that names what changes needs that field among the changes. */
const REQUIRED_FIELDS: Partial<Record<ChangeType, readonly ChangeField[]>> = {
  RENAME: ['name'],
  RELOCATION: ['address', 'divisionCode'],
};

export function isChangeType(value: unknown): value is ChangeType {
  return typeof value === 'string' && (CHANGE_TYPES as readonly string[]).includes(value);
}

export function isChangeField(value: unknown): value is ChangeField {
  return typeof value === 'string' && (CHANGE_FIELDS as readonly string[]).includes(value);
}

export interface ChangeReportDraft {
  type: ChangeType;
  changeDate: string;
  description: string;
  /** After-values of the fields that changed; before-values come from the registry record. */
  changes: { field: string; after: string }[];
}

/**
 * Field-level checks of a change report (Art. 11): a real change date not in the future, a description, changed fields
 * that exist, differ from the registry record and appear once, and the field the type is about (更名 → 单位名称;
 * 迁移 → 地址 or 区划). USCC and division validity need reference data and are checked by the API.
 */
export function changeReportViolations(
  draft: ChangeReportDraft,
  before: Readonly<Record<ChangeField, string | null>>,
  today: IsoDate,
): FieldViolation[] {
  const out: FieldViolation[] = [];
  if (!isIsoDate(draft.changeDate)) out.push({ field: 'changeDate', code: 'INVALID_DATE', message: '变化日期不存在' });
  else if (compareIsoDate(draft.changeDate, today) > 0) {
    out.push({ field: 'changeDate', code: 'DATE_IN_FUTURE', message: '变化日期不能晚于今天（请在变化发生后报告）' });
  }
  if (draft.description.trim().length < 10) {
    out.push({ field: 'description', code: 'DESCRIPTION_REQUIRED', message: '请填写变化情况说明（不少于10个字）' });
  }
  const seen = new Set<string>();
  draft.changes.forEach((c, i) => {
    const at = `changes.${i}.after`;
    if (!isChangeField(c.field)) {
      out.push({ field: `changes.${i}.field`, code: 'FIELD_UNKNOWN', message: '不能报告该项变化' });
      return;
    }
    const label = CHANGE_FIELD_LABELS[c.field];
    if (seen.has(c.field)) out.push({ field: `changes.${i}.field`, code: 'FIELD_REPEATED', message: `${label}重复填写` });
    seen.add(c.field);
    const after = c.after.trim();
    if (!after) out.push({ field: at, code: 'REQUIRED', message: `请填写变化后的${label}` });
    else if (after.length > MAX_LENGTH[c.field])
      out.push({ field: at, code: 'TOO_LONG', message: `${label}最多${MAX_LENGTH[c.field]}个字` });
    else if (after === (before[c.field] ?? '')) out.push({ field: at, code: 'UNCHANGED', message: `变化后的${label}与登记信息相同` });
  });
  const required = REQUIRED_FIELDS[draft.type];
  if (required && !required.some((f) => seen.has(f))) {
    out.push({
      field: 'changes',
      code: 'FIELD_MISSING',
      message: `${CHANGE_TYPE_LABELS[draft.type]}须填写变化后的${required.map((f) => CHANGE_FIELD_LABELS[f]).join('或')}`,
    });
  }
  return out;
}

export const CHANGE_REPORT_STATUSES = ['SUBMITTED', 'VERIFIED_ELIGIBLE', 'VERIFIED_INELIGIBLE'] as const;
export type ChangeReportStatus = (typeof CHANGE_REPORT_STATUSES)[number];

export const CHANGE_REPORT_STATUS_LABELS: Readonly<Record<ChangeReportStatus, string>> = {
  SUBMITTED: '待市级核实',
  VERIFIED_ELIGIBLE: '核实仍符合条件',
  VERIFIED_INELIGIBLE: '核实不再符合条件',
};

/** The city bureau verifies once: still eligible (changes applied) or no longer eligible (→ removal case). */
export const changeReportMachine = defineStateMachine({
  subject: '该变化报告',
  code: 'CHANGE_REPORT_INVALID_STATE',
  states: CHANGE_REPORT_STATUS_LABELS,
  events: { VERIFY_ELIGIBLE: '核实为仍符合条件', VERIFY_INELIGIBLE: '核实为不再符合条件' },
  transitions: {
    VERIFY_ELIGIBLE: { from: ['SUBMITTED'], to: 'VERIFIED_ELIGIBLE' },
    VERIFY_INELIGIBLE: { from: ['SUBMITTED'], to: 'VERIFIED_INELIGIBLE' },
  },
});
