import type { ReactNode } from 'react';
import { can, type Capability } from '../access';
import { useCurrentUser } from '../current-user';
import { lazyPage } from '../lazy-page';

// antd's Result (with its illustrations) stays out of the entry chunk: few visits end here.
const Forbidden = lazyPage(() => import('./Forbidden'), 'Forbidden');

export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const user = useCurrentUser();
  return can(user.role, capability) ? <>{children}</> : <Forbidden />;
}
