import jwt from 'jsonwebtoken';

export interface TokenClaims {
  sub: string;
  role: string;
}

export function signToken(userId: number, role: string, secret: string, ttlSeconds: number, now: Date): { token: string; expiresAt: Date } {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const token = jwt.sign({ sub: String(userId), role, iat, exp }, secret, { algorithm: 'HS256' });
  return { token, expiresAt: new Date(exp * 1000) };
}

export type VerifyResult = { ok: true; userId: number } | { ok: false; reason: string };

export function verifyToken(token: string, secret: string, now: Date): VerifyResult {
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'], clockTimestamp: Math.floor(now.getTime() / 1000) }) as TokenClaims;
    const userId = Number(claims.sub);
    if (!Number.isInteger(userId)) return { ok: false, reason: '登录凭证无效，请重新登录' };
    return { ok: true, userId };
  } catch (e) {
    if (e instanceof jwt.TokenExpiredError) return { ok: false, reason: '登录已过期，请重新登录' };
    return { ok: false, reason: '登录凭证无效，请重新登录' };
  }
}
