/** The analytics operations the API tests send. */
export const RUN = `query Run($q: AnalyticsQueryInput!, $first: Int, $after: String, $saved: ID) {
  runAnalyticsQuery(query: $q, first: $first, after: $after, savedQueryId: $saved) {
    mode totalCount explanation
    columns { key label type role field granularity level multiple personalData }
    rows
    pageInfo { hasNextPage endCursor }
  }
}`;
