import { createContext, useContext } from 'react';
import type { MeQuery } from '../graphql/generated/graphql';

export type CurrentUser = MeQuery['me'];

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Only pages under the signed-in layout call this, so the user is always there. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside the signed-in layout');
  return user;
}

/** "河北省" for the province, otherwise the bureau's own division name. */
export function jurisdictionLabel(user: CurrentUser): string {
  if (!user.division) return '—';
  return user.division.level === 'PROVINCE' ? `${user.division.name}（全省）` : user.division.name;
}
