import { ANALYTICS_LIMITS, FieldViolation } from '@hebei/domain';
import { AppError, badInput } from '../../common/errors';

export enum AnalyticsErrorCode {
  /** The plan would produce more groups or rows than a screen, a chart or an export can hold. */
  COST_LIMIT_EXCEEDED = 'ANALYTICS_COST_LIMIT_EXCEEDED',
  /** The statement ran past its time limit and was stopped by the database. */
  TIMEOUT = 'ANALYTICS_TIMEOUT',
  /** A saved query still shown on a dashboard. */
  QUERY_IN_USE = 'ANALYTICS_QUERY_IN_USE',
  /** Only shared queries can be dashboard cards (everyone who opens the dashboard runs them). */
  QUERY_NOT_SHARED = 'ANALYTICS_QUERY_NOT_SHARED',
}

export const AnalyticsMessages = {
  TIMEOUT: '查询超过时间限制已被终止：请缩小日期范围、增加筛选条件或减少汇总维度后重试',
  QUERY_IN_USE: '该查询已加入仪表盘，请先从仪表盘移除',
  QUERY_NOT_SHARED: '只有共享的查询才能加入仪表盘',
} as const;

/** Violations from the domain's checks, as the API's field-level BAD_USER_INPUT. */
export const invalidQuery = (violations: FieldViolation[]) =>
  badInput(violations, `查询有误：${violations.map((v) => v.message).join('；')}`);

export const tooManyGroups = (estimate: number) =>
  new AppError(
    AnalyticsErrorCode.COST_LIMIT_EXCEEDED,
    `预计最多可能产生约${estimate.toLocaleString('zh-CN')}个分组，超过上限${ANALYTICS_LIMITS.maxGroups.toLocaleString('zh-CN')}个：请缩小日期范围、改用更粗的时间粒度或减少汇总维度`,
    { estimate, limit: ANALYTICS_LIMITS.maxGroups, fields: [{ field: 'groupBy', code: 'TOO_MANY_GROUPS', message: '分组过多' }] },
  );

export const groupsOverflow = () =>
  new AppError(
    AnalyticsErrorCode.COST_LIMIT_EXCEEDED,
    `结果超过${ANALYTICS_LIMITS.maxGroups.toLocaleString('zh-CN')}个分组：请增加筛选条件，或设置显示条数只看前若干组`,
    { limit: ANALYTICS_LIMITS.maxGroups, fields: [{ field: 'limit', code: 'TOO_MANY_GROUPS', message: '分组过多' }] },
  );

export const tooManyExportRows = (rows: number) =>
  new AppError(
    AnalyticsErrorCode.COST_LIMIT_EXCEEDED,
    `共${rows.toLocaleString('zh-CN')}条记录，超过单次导出上限${ANALYTICS_LIMITS.maxExportRows.toLocaleString('zh-CN')}条：请增加筛选条件后分批导出`,
    { rows, limit: ANALYTICS_LIMITS.maxExportRows },
  );

export const statementTimeout = () => new AppError(AnalyticsErrorCode.TIMEOUT, AnalyticsMessages.TIMEOUT);
export const queryInUse = () => new AppError(AnalyticsErrorCode.QUERY_IN_USE, AnalyticsMessages.QUERY_IN_USE);
export const queryNotShared = () => new AppError(AnalyticsErrorCode.QUERY_NOT_SHARED, AnalyticsMessages.QUERY_NOT_SHARED);
