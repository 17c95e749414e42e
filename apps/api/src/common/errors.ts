import { GraphQLError } from 'graphql';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Every error the API answers with on purpose: a stable `extensions.code` plus a Chinese message. */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = '无权执行此操作') => new AppError('FORBIDDEN', message);
export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在`);
export const conflict = (message = '数据已被他人修改，请刷新后重试') => new AppError('CONFLICT', message);

export function badInput(fields: FieldError[], message?: string): AppError {
  return new AppError('BAD_USER_INPUT', message ?? fields.map((f) => f.message).join('；'), { fields });
}

export function assertNoFieldErrors(fields: FieldError[]): void {
  if (fields.length > 0) throw badInput(fields);
}
