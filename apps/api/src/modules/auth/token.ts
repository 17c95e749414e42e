import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface TokenClaims {
  sub?: unknown;
  role?: unknown;
  exp?: unknown;
}

export function signToken(userId: number, role: string, secret: string, ttlSeconds: number, now: Date): { token: string; expiresAt: Date } {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const token = jwt.sign({ sub: String(userId), role, iat, exp }, secret, { algorithm: 'HS256' });
  return { token, expiresAt: new Date(exp * 1000) };
}

export type VerifyResult = { ok: true; userId: number } | { ok: false; reason: string };

const keys = new Map<string, KeyObject>();

/**
 * The signing secret as a symmetric KeyObject, made once per secret. Given a string, jsonwebtoken 9 first tries
 * `createPublicKey` on it for every `verify` (an exception, caught: ~440 µs of CPU per request, ADR 0024).
 */
function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret))));
  return key;
}

export function verifyToken(token: string, secret: string, now: Date): VerifyResult {
  try {
    // HS256 only (no `none`, no key confusion); a token without an expiry is not one we issued.
    const claims = jwt.verify(token, secretKey(secret), {
      algorithms: ['HS256'],
      clockTimestamp: Math.floor(now.getTime() / 1000),
    }) as TokenClaims;
    if (typeof claims !== 'object' || typeof claims.exp !== 'number') return { ok: false, reason: '登录凭证无效，请重新登录' };
    if (typeof claims.sub !== 'string' || !/^[1-9]\d{0,9}$/.test(claims.sub)) return { ok: false, reason: '登录凭证无效，请重新登录' };
    return { ok: true, userId: Number(claims.sub) };
  } catch (e) {
    if (e instanceof jwt.TokenExpiredError) return { ok: false, reason: '登录已过期，请重新登录' };
    return { ok: false, reason: '登录凭证无效，请重新登录' };
  }
}
