import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { DomainError } from '@hebei/domain';
import { AppError, FieldError } from './errors';
import { translateApolloRequestError } from './http-errors';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

export function flatten(errors: ValidationErrorLike[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const LIMIT_PATTERN = /(depth|aliases|cost|tokens|directives|characters).*(limit|exceeded)|limit.*exceeded|more tha[nt] \d+ tokens/i; // graphql-js spells it "more that"
const INTROSPECTION_PATTERN = /introspection is not allowed/i;
/** graphql-js stops coercing variables after 50 errors and says so in an error without a code. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;
/** graphql-js hints at names that exist ("Did you mean …?"); in production they would map the schema for an attacker. */
const SUGGESTION_PATTERN = /\s*Did you mean[^?]*\?/g;

export interface FormatErrorOptions {
  production: boolean;
}

/**
 * Every error leaves with a code and a Chinese message; anything unexpected is masked
 * (details go to the server log, never to the client).
 */
export function createFormatError({ production }: FormatErrorOptions) {
  const detail = (message: string) => (production ? message.replace(SUGGESTION_PATTERN, '') : message);
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original: unknown = unwrapResolverError(error);
    const path = formatted.path;
    if (original instanceof AppError) {
      // `http` only tells Apollo the status of a request-level refusal (the variable depth limit); not part of the answer.
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
    if (validationErrors && !Array.isArray(validationErrors)) {
      // A validator that throws instead of reporting (validator.js's isEmail on a lone UTF-16 surrogate throws URIError):
      // the input is still the client's fault.
      return { message: '输入有误：包含无法识别的字符', path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (validationErrors) {
      const fields = flatten(validationErrors);
      return { message: fields.map((f) => f.message).join('；') || '输入有误', path, extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
      return { message: '请求无效：变量错误过多，已停止处理', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
      if (LIMIT_PATTERN.test(formatted.message)) {
        return { message: `查询超出安全限制：${formatted.message}`, extensions: { code: 'QUERY_LIMIT_EXCEEDED' } };
      }
      if (INTROSPECTION_PATTERN.test(formatted.message)) {
        return { message: '请求无效：生产环境不开放内省查询（__schema / __type）', extensions: { code } };
      }
      const prefix = code === 'GRAPHQL_PARSE_FAILED' ? '请求无效（语法错误）' : '请求无效';
      return { message: `${prefix}：${detail(formatted.message)}`, path, locations: formatted.locations, extensions: { code } };
    }
    if (code === 'BAD_REQUEST') {
      const translated = translateApolloRequestError(formatted.message);
      return { message: translated.message, extensions: { code: translated.code } };
    }
    if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'OPERATION_RESOLUTION_FAILURE') {
      return { message: `请求无效：${detail(formatted.message)}`, extensions: { code } };
    }
    // eslint-disable-next-line no-console
    console.error('[graphql] unexpected error', original);
    return { message: '服务器内部错误，请稍后重试', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
