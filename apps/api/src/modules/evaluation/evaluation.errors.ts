import { AppError } from '../../common/errors';

export enum EvaluationErrorCode {
  /** Raised by the domain machines (libs/domain/src/evaluation.ts). */
  EVALUATION_RUBRIC_LOCKED = 'EVALUATION_RUBRIC_LOCKED',
  EVALUATION_CAMPAIGN_PUBLISHED = 'EVALUATION_CAMPAIGN_PUBLISHED',
  EVALUATION_SHEET_INVALID_STATE = 'EVALUATION_SHEET_INVALID_STATE',
  EVALUATION_CAMPAIGN_EXISTS = 'EVALUATION_CAMPAIGN_EXISTS',
  EVALUATION_SHEETS_INCOMPLETE = 'EVALUATION_SHEETS_INCOMPLETE',
}

export const EvaluationMessages = {
  CAMPAIGN_EXISTS: (year: number) => `${year}年度评价活动已开启，每个年度只能开启一次`,
  SHEETS_INCOMPLETE: (n: number) => `还有${n}份评分表尚未完成评分，不能发布`,
  SHEET_CONFLICT: '该评分表已被他人保存，请查看最新评分后重试',
  CAMPAIGN_CONFLICT: '该评价活动已被他人更新，请刷新后重试',
  RUBRIC_CONFLICT: '该评价指标体系已被他人修改，请刷新后重试',
  REFERENCE_AFTER_TODAY: '基准日不能晚于今天',
  REFERENCE_YEAR: '基准日应在评价年度内或其次年',
  UNKNOWN_INDICATOR: (code: string) => `评价指标“${code}”不存在或不是评分指标`,
  ON_SITE_FUTURE: '核查日期不能晚于今天',
} as const;

export const campaignExists = (year: number) =>
  new AppError(EvaluationErrorCode.EVALUATION_CAMPAIGN_EXISTS, EvaluationMessages.CAMPAIGN_EXISTS(year), {
    fields: [{ field: 'year', code: EvaluationErrorCode.EVALUATION_CAMPAIGN_EXISTS, message: EvaluationMessages.CAMPAIGN_EXISTS(year) }],
  });
export const sheetsIncomplete = (n: number) =>
  new AppError(EvaluationErrorCode.EVALUATION_SHEETS_INCOMPLETE, EvaluationMessages.SHEETS_INCOMPLETE(n), { pending: n });
