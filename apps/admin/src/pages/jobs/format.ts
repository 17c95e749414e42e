import dayjs from 'dayjs';

export const time = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** 600 → “每 10 分钟”; whole hours and days read as such. */
export function everyInterval(seconds: number): string {
  if (seconds % 86400 === 0) return `每 ${seconds / 86400} 天`;
  if (seconds % 3600 === 0) return `每 ${seconds / 3600} 小时`;
  if (seconds % 60 === 0) return `每 ${seconds / 60} 分钟`;
  return `每 ${seconds} 秒`;
}

export function duration(startedAt: string, finishedAt: string | null): string {
  if (!finishedAt) return '—';
  const ms = Math.max(0, dayjs(finishedAt).diff(dayjs(startedAt)));
  if (ms < 1000) return '不足 1 秒';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} 秒` : `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
}
