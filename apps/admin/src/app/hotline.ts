/**
 * 帮助 page and the privacy notice: the operating bureau's support line, set per deployment at build time
 * (VITE_HELP_HOTLINE, VITE_HELP_HOTLINE_HOURS). Without it the demo shows a sample number, marked 示例.
 */
const env = import.meta.env as Record<string, string | undefined>;
const configured = env.VITE_HELP_HOTLINE?.trim();

export const HELP_HOTLINE = {
  phone: configured || '0311-87801234',
  /** The number is the demo's placeholder, not a real line. */
  sample: !configured,
  hours: env.VITE_HELP_HOTLINE_HOURS?.trim() || '工作日 9:00–12:00，13:30–17:30',
  note: '入库申报、审核和动态管理的业务问题也可咨询所在地县（市、区）或市工业和信息化主管部门。',
} as const;
