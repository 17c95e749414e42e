import type { ReactNode } from 'react';
import { can, type Capability } from '../access';
import { useCurrentUser } from '../current-user';
import { Forbidden } from './Forbidden';

export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const user = useCurrentUser();
  return can(user.role, capability) ? <>{children}</> : <Forbidden />;
}
