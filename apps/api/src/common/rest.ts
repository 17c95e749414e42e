import { NextFunction, Request, Response } from 'express';
import { Writable } from 'node:stream';
import { clientIp } from './client-ip';
import { AppError, badInput } from './errors';
import type { Services } from '../services';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  NOT_EDITABLE: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  FILE_MISSING: 500,
};

/** An AppError that needs a status other than its code's (e.g. 413 for a file over the size limit). */
export const withStatus = (error: AppError, status: number): AppError => Object.assign(error, { httpStatus: status });

/** The REST answer for an error: `{ error: { code, message, …extensions } }`; anything unexpected is masked. */
export function sendError(res: Response, e: unknown): void {
  if (e instanceof AppError) {
    const code = String(e.extensions.code);
    const status = (e as { httpStatus?: number }).httpStatus ?? HTTP_STATUS[code] ?? 400;
    res.status(status).json({ error: { message: e.message, ...e.extensions } });
    return;
  }
  // eslint-disable-next-line no-console
  console.error('[rest] unexpected error', e);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' } });
}

/** Bearer auth for the few REST endpoints (uploads, downloads, exports); same scope as GraphQL. */
export function authenticated(services: Services) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { user, authError } = await services.auth.authenticate(req.headers.authorization);
      if (!user) {
        res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: authError ?? '请先登录' } });
        return;
      }
      if (user.mustChangePassword) {
        res.status(403).json({ error: { code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改初始密码后再继续操作' } });
        return;
      }
      res.locals.actor = { user, ip: clientIp(req) };
      res.locals.scope = services.divisions.scopeFor(user);
      next();
    } catch (e) {
      sendError(res, e);
    }
  };
}

/** A path or query id: the same digits-only rule as GraphQL IDs (`0x1`, `1e1`, ` 1`, `abc` match nothing). */
export function parseRestId(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** A query parameter that must be one id, or a field error naming it. */
export function requireQueryId(value: unknown, field: string, label: string): number {
  const id = parseRestId(value);
  if (id === null) throw badInput([{ field, code: 'INVALID_ID', message: `${label}无效` }]);
  return id;
}

/** An optional single-valued query parameter (`?city=a&city=b` is refused, not turned into an array). */
export function optionalQueryString(value: unknown, field: string, label: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 32) throw badInput([{ field, code: 'INVALID', message: `${label}无效` }]);
  return value;
}

/** A file whose checks and queries have run: only the streaming is left. */
export interface PreparedExport {
  fileName: string;
  /** The file's media type; a workbook (.xlsx) when not given. */
  contentType?: string;
  /** Rows the file will hold, when known before it is written: sent as X-Export-Rows (the download's progress). */
  rows?: number;
  write(out: Writable): Promise<void>;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every download of the API (workbooks, CSV): validation and queries run first, so a refusal answers as JSON and
 * writes nothing; then the file streams straight into the response with its name, X-Export-Rows and no caching.
 */
export async function sendExport(res: Response, prepare: () => Promise<PreparedExport>): Promise<void> {
  let prepared: PreparedExport;
  try {
    prepared = await prepare();
  } catch (e) {
    sendError(res, e);
    return;
  }
  res.setHeader('Content-Type', prepared.contentType ?? XLSX);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(prepared.fileName)}`);
  res.setHeader('Cache-Control', 'no-store');
  if (prepared.rows !== undefined) res.setHeader('X-Export-Rows', String(prepared.rows));
  try {
    await prepared.write(res);
  } catch (e) {
    // Headers are out: breaking the connection is the only way to tell the client the file is incomplete.
    // eslint-disable-next-line no-console
    console.error(`[export] ${prepared.fileName} aborted`, e);
    res.destroy(e as Error);
  }
}

/** `X-File-Name` is URL-encoded (non-ASCII names); a malformed one is a field error, not a URIError. */
export function fileNameHeader(header: string | string[] | undefined): string {
  if (header === undefined) return '';
  if (typeof header !== 'string' || header.length > 1000)
    throw badInput([{ field: 'fileName', code: 'FILE_NAME_INVALID', message: '文件名无效' }]);
  try {
    return decodeURIComponent(header);
  } catch {
    throw badInput([{ field: 'fileName', code: 'FILE_NAME_INVALID', message: '文件名编码无效（X-File-Name 应为 URL 编码）' }]);
  }
}
