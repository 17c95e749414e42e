import { Role } from './enums';
import type { Loaders } from './loaders';
import type { Scope } from './scope';

export type { Scope } from './scope';

export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  divisionCode: string | null;
  institutionId: number | null;
  enterpriseId: number | null;
  /** A one-time password is in use: only `me` and `changePassword` answer until it is changed. */
  mustChangePassword?: boolean;
  /** 本单位账号: the organisation's admin (institution and enterprise users). */
  orgAdmin?: boolean;
}

export interface Actor {
  user?: AuthUser;
  ip: string | null;
}

/** The system itself (scheduled jobs): no user, no address; audited as 系统. */
export const SYSTEM_ACTOR: Actor = { ip: null };

export interface RequestContext extends Actor {
  authError?: string;
  scope: Scope;
  loaders: Loaders;
}

export const isRole = (ctx: Actor, ...roles: Role[]) => !!ctx.user && roles.includes(ctx.user.role);
