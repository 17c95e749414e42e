import { NextFunction, Request, Response } from 'express';
import { AppError } from './errors';
import type { Services } from '../services';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  NOT_EDITABLE: 409,
  CONFLICT: 409,
};

export function sendError(res: Response, e: unknown): void {
  if (e instanceof AppError) {
    const code = String(e.extensions.code);
    res.status(HTTP_STATUS[code] ?? 400).json({ error: { message: e.message, ...e.extensions } });
    return;
  }
  // eslint-disable-next-line no-console
  console.error('[rest] unexpected error', e);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' } });
}

/** Bearer auth for the few REST endpoints (uploads, downloads, exports); same scope as GraphQL. */
export function authenticated(services: Services) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const { user, authError } = await services.auth.authenticate(req.headers.authorization);
    if (!user) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: authError ?? '请先登录' } });
      return;
    }
    res.locals.actor = { user, ip: req.ip ?? null };
    res.locals.scope = services.divisions.scopeFor(user);
    next();
  };
}
