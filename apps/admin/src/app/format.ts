import { formatShanghaiDateTime, toIsoDateInShanghai } from '@hebei/domain';

// Instants are shown as Beijing time whatever the browser's time zone (the API's dates are Beijing dates too).
export const dateTime = (v: string | null | undefined) => (v ? formatShanghaiDateTime(v) : '—');
export const dateTimeSeconds = (v: string | null | undefined) => (v ? formatShanghaiDateTime(v, true) : '—');
export const dateOf = (v: string | null | undefined) => (v ? toIsoDateInShanghai(new Date(v)) : '');
export const text = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
export const num = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? '—' : v.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: 2 });

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const formatRate = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : `${Math.round(rate * 100)}%`);
/** A share to a tenth of a percent (0.4567 → 45.7%); — when there is none. */
export const percentTenths = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`);
export const formatRating = (rating: number | null | undefined) => (rating === null || rating === undefined ? null : rating.toFixed(1));

const CHINESE_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small count as a Chinese numeral, as the guideline writes it (两项, 五个工作日); larger ones stay digits. */
export function chineseCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? CHINESE_DIGITS[n] : String(n);
}
