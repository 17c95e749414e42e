import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { session } from './session';

type UnauthenticatedHandler = (message: string) => void;
let onUnauthenticated: UnauthenticatedHandler | undefined;

/** The router installs this; the link layer knows nothing about navigation. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | undefined): void {
  onUnauthenticated = handler;
}

const authLink = new SetContextLink((prev) => {
  const token = session.getToken();
  return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
});

const errorLink = new ErrorLink(({ error, operation }) => {
  // A failed login is answered on the login form itself.
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error)) {
    const unauthenticated = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated) onUnauthenticated?.(unauthenticated.message);
  }
});

/**
 * Lists inside an application (and a few root lists) may shrink when saved or refetched — a deleted staff row,
 * a removed attachment, a resolved objection. The server's answer is the truth: replace, never merge.
 */
const replace = { merge: false } as const;

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Division: { keyFields: ['code'] },
      ServiceCategory: { keyFields: ['code'] },
      CalendarDay: { keyFields: ['date'] },
      CalendarYear: { keyFields: ['year'] },
      CalendarStatusType: { keyFields: [] },
      Job: { keyFields: ['name'] },
      PageInfo: { keyFields: false },
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
    },
  }),
});
