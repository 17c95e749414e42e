import { graphql } from './generated';

/** Where a page ends and whether another follows: what every list's pager needs (app/connection.ts). */
export const PageCursorFragment = graphql(`
  fragment PageCursor on PageInfo {
    hasNextPage
    endCursor
  }
`);
