import type { InMemoryCache } from '@apollo/client';
import { apolloClient } from '../../../app/apollo';

/**
 * Lists inside an application (and a few root lists) may shrink when saved or refetched — a deleted staff row,
 * a removed attachment, a resolved objection. The server's answer is the truth: replace, never merge.
 * Registered once at start-up, beside the app's own type policies.
 */
const replace = { merge: false } as const;
(apolloClient.cache as InMemoryCache).policies.addTypePolicies({
  Application: {
    fields: {
      products: replace,
      staff: replace,
      servedEnterprises: replace,
      attachments: replace,
      eligibility: replace,
      timeline: replace,
      spotChecks: replace,
      mainCategoryDetails: replace,
    },
  },
  Batch: { fields: { statusCounts: replace } },
  PublicNotice: { fields: { entries: replace } },
  Query: {
    fields: {
      batches: replace,
      notices: replace,
      publicNotices: replace,
      objections: replace,
      applicationQueueCounts: replace,
    },
  },
});
