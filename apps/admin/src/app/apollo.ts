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
    },
  }),
});
