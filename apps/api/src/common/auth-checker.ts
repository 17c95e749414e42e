import { AuthChecker } from 'type-graphql';
import { RequestContext } from './context';
import { Role } from './enums';
import { forbidden, unauthenticated } from './errors';

/** Throws the typed error itself so the client gets UNAUTHENTICATED vs FORBIDDEN, in Chinese. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated(context.authError ?? '请先登录');
  if (roles.length > 0 && !roles.includes(context.user.role)) throw forbidden();
  return true;
};
