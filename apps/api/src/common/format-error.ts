import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { DomainError } from '@hebei/domain';
import { AppError, FieldError } from './errors';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flatten(errors: ValidationErrorLike[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const LIMIT_PATTERN = /(depth|aliases|cost|tokens|directives|characters).*(limit|exceeded)|limit.*exceeded/i;

/**
 * Every error leaves with a code and a Chinese message; anything unexpected is masked
 * (details go to the server log, never to the client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original: unknown = unwrapResolverError(error);
  const path = formatted.path;
  if (original instanceof AppError) {
    // `http` only tells Apollo the status of a request-level refusal; it is not part of the answer.
    const { http: _http, ...extensions } = original.extensions;
    return { message: original.message, path, extensions };
  }
  if (original instanceof DomainError) {
    return { message: original.message, path, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = String(ext.code ?? '');
  const validationErrors = (original as unknown as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions
    ?.validationErrors;
  if (validationErrors) {
    const fields = flatten(validationErrors);
    return { message: fields.map((f) => f.message).join('；') || '输入有误', path, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
    if (LIMIT_PATTERN.test(formatted.message)) {
      return { message: `查询超出安全限制：${formatted.message}`, extensions: { code: 'QUERY_LIMIT_EXCEEDED' } };
    }
    return { message: `请求无效：${formatted.message}`, path, locations: formatted.locations, extensions: { code } };
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return { message: `请求无效：${formatted.message}`, extensions: { code } };
  }
  // eslint-disable-next-line no-console
  console.error('[graphql] unexpected error', original);
  return { message: '服务器内部错误，请稍后重试', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
