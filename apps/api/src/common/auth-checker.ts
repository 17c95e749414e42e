import { AuthChecker } from 'type-graphql';
import { RequestContext } from './context';
import { Role } from './enums';
import { AppError, forbidden, unauthenticated } from './errors';

/** With a one-time password, only these answer (the admin shows nothing but 修改密码 meanwhile). */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changePassword']);
export const passwordChangeRequired = () => new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码后再继续操作');

/** Throws the typed error itself so the client gets UNAUTHENTICATED vs FORBIDDEN, in Chinese. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated(context.authError ?? '请先登录');
  if (context.user.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(info.fieldName)) throw passwordChangeRequired();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw forbidden();
  return true;
};
