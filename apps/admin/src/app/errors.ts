import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

function firstGraphQLError(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

export function errorCode(error: unknown): string | undefined {
  const code = firstGraphQLError(error)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The API already speaks Chinese; transport failures get a Chinese sentence here. */
export function errorMessage(error: unknown, fallback = '操作失败，请稍后重试'): string {
  const gql = firstGraphQLError(error);
  if (gql?.message) return gql.message;
  if (ServerError.is(error)) return `服务暂时不可用（HTTP ${error.statusCode}），请稍后重试`;
  if (error instanceof TypeError) return '无法连接服务器，请检查网络后重试';
  return fallback;
}

/** One extension of the first GraphQL error (e.g. `captchaRequired` of a failed login). */
export function errorExtension(error: unknown, key: string): unknown {
  return firstGraphQLError(error)?.extensions?.[key];
}

export function fieldErrors(error: unknown): FieldError[] {
  const fields = firstGraphQLError(error)?.extensions?.fields;
  return Array.isArray(fields) ? (fields as FieldError[]) : [];
}

/**
 * Which server fields a form can show beside a Form.Item: the top-level names it has (`days` covers `days.2.date`),
 * or, where that depends on more than the name (a list row whose input changes with its kind), a test of the whole
 * path.
 */
export type FormFields = readonly string[] | ((field: string) => boolean);

/**
 * Puts server field errors next to the matching Form.Item. `days.2.date` becomes ['days', 2, 'date'] (Form.List).
 * Returns the errors no field on the form could show, so the caller can surface them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames?: FormFields): FieldError[] {
  const shows = typeof fieldNames === 'function' ? fieldNames : (field: string) => !fieldNames || fieldNames.includes(field.split('.')[0]);
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const f of fieldErrors(error)) {
    if (!shows(f.field)) {
      unmatched.push(f);
      continue;
    }
    byField.set(f.field, [...(byField.get(f.field) ?? []), f.message]);
  }
  form.setFields(
    [...byField].map(([field, errors]) => ({
      name: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors,
    })),
  );
  return unmatched;
}
