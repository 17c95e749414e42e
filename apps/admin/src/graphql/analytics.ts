import { graphql } from './generated';

/** How a saved query or a dashboard card draws its result. */
export const AnalyticsChartFieldsFragment = graphql(`
  fragment AnalyticsChartFields on AnalyticsChart {
    type
    x
    series
    measure
  }
`);

/** Every picker of the query builder is built from this: datasets, fields, their ops and aggregates, the limits. */
export const AnalyticsCatalogQuery = graphql(`
  query AnalyticsCatalog {
    analyticsCatalog {
      limits {
        maxDimensions
        maxMeasures
        maxFilterDepth
        maxFilterLeaves
        maxGroups
        maxPageSize
        maxExportRows
        statementTimeoutMs
      }
      datasets {
        key
        label
        unit
        description
        defaultColumns
        fields {
          key
          label
          description
          type
          unit
          ops
          aggregates
          dimension
          listed
          sortable
          multiple
          nullable
          personalData
          granularities
          levels
          enumValues {
            code
            label
          }
        }
      }
    }
  }
`);

export const RunAnalyticsQuery = graphql(`
  query RunAnalytics($query: AnalyticsQueryInput!, $first: Int, $after: String, $savedQueryId: ID) {
    runAnalyticsQuery(query: $query, first: $first, after: $after, savedQueryId: $savedQueryId) {
      mode
      explanation
      totalCount
      rows
      pageInfo {
        ...PageCursor
      }
      columns {
        key
        label
        type
        role
        field
        granularity
        level
        multiple
        personalData
        unit
      }
    }
  }
`);

export const SavedAnalyticsQueriesQuery = graphql(`
  query SavedAnalyticsQueries($first: Int, $after: String, $filter: SavedAnalyticsQueryFilter) {
    savedAnalyticsQueries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          name
          description
          dataset
          datasetLabel
          explanation
          shared
          system
          mine
          ownerName
          lastRunAt
          updatedAt
          version
        }
      }
    }
  }
`);

export const SavedAnalyticsQueryQuery = graphql(`
  query SavedAnalyticsQuery($id: ID!) {
    savedAnalyticsQuery(id: $id) {
      id
      name
      description
      dataset
      definition
      shared
      mine
      system
      ownerName
      version
      chart {
        ...AnalyticsChartFields
      }
    }
  }
`);

export const SaveAnalyticsQueryMutation = graphql(`
  mutation SaveAnalyticsQuery($input: SaveAnalyticsQueryInput!) {
    saveAnalyticsQuery(input: $input) {
      id
      name
      description
      shared
      mine
      version
      definition
      chart {
        ...AnalyticsChartFields
      }
    }
  }
`);

export const DeleteAnalyticsQueryMutation = graphql(`
  mutation DeleteAnalyticsQuery($id: ID!, $version: Int!) {
    deleteAnalyticsQuery(id: $id, version: $version)
  }
`);

export const AnalyticsDashboardQuery = graphql(`
  query AnalyticsDashboard($key: String) {
    analyticsDashboard(key: $key) {
      id
      key
      title
      description
      cards {
        id
        title
        width
        chart {
          ...AnalyticsChartFields
        }
        query {
          id
          name
          definition
          explanation
        }
      }
    }
  }
`);
