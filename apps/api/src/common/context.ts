import { Role } from './enums';
import type { Loaders } from './loaders';

export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  divisionCode: string | null;
  institutionId: number | null;
  enterpriseId: number | null;
}

/**
 * Where a user may look. Built once per request from the user's division and applied by every
 * service query, so an out-of-jurisdiction id answers exactly like an id that does not exist.
 */
export type Scope =
  | { kind: 'ALL' }
  | { kind: 'DIVISIONS'; codes: string[] }
  | { kind: 'OWN_INSTITUTION'; institutionId: number | null }
  | { kind: 'PUBLIC_REGISTRY' }
  | { kind: 'NONE' };

export interface Actor {
  user?: AuthUser;
  ip: string | null;
}

export interface RequestContext extends Actor {
  authError?: string;
  scope: Scope;
  loaders: Loaders;
}

export const isRole = (ctx: Actor, ...roles: Role[]) => !!ctx.user && roles.includes(ctx.user.role);
