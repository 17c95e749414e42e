import type { ReviewQueue, Role } from '../graphql/generated/graphql';

/** The queue each review level works (its 待办): 待初审, 待推荐, 待审核. */
export const OWN_REVIEW_QUEUE: Partial<Record<Role, ReviewQueue>> = {
  COUNTY: 'PENDING_COUNTY',
  CITY: 'PENDING_CITY',
  PROVINCE: 'PENDING_PROVINCE',
};
