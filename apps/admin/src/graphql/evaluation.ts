import { graphql } from './generated';

export const EvaluationCampaignsQuery = graphql(`
  query EvaluationCampaigns($first: Int, $after: String) {
    evaluationCampaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          year
          name
          status
          version
          referenceDate
          computedAt
          computedAsOf
          publishedAt
          progress {
            sheets
            scored
            onSite
            onSiteFailed
          }
          rubric {
            id
            name
            bands {
              grade
              min
            }
          }
        }
      }
    }
  }
`);

export const EvaluationSheetsQuery = graphql(`
  query EvaluationSheets($campaignId: ID!, $filter: EvaluationSheetFilter, $first: Int, $after: String) {
    evaluationSheets(campaignId: $campaignId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          version
          status
          institutionId
          institutionName
          cityName
          countyName
          categoryCode
          total
          grade
          naPoints
          onSiteDate
          onSitePassed
          removed
          removalCaseId
          scoredByName
        }
      }
    }
  }
`);

export const EvaluationSheetFields = graphql(`
  fragment EvaluationSheetFields on EvaluationSheet {
    id
    version
    campaignId
    year
    status
    institutionId
    institutionName
    cityName
    countyName
    total
    grade
    naPoints
    onSiteDate
    onSiteInspectors
    onSiteFindings
    onSitePassed
    removed
    removalCaseId
    scoredByName
    scoredAt
    cityScoredByName
    indicators {
      code
      name
      kind
      points
      source
      maxScore
      guidance
      count
      base
      formula
      value
      notApplicable
      score
      comment
      cityScore
      cityComment
      earned
    }
  }
`);

export const EvaluationSheetQuery = graphql(`
  query EvaluationSheet($id: ID!) {
    evaluationSheet(id: $id) {
      ...EvaluationSheetFields
    }
  }
`);

export const NextPendingEvaluationSheetQuery = graphql(`
  query NextPendingEvaluationSheet($campaignId: ID!, $afterId: ID!) {
    nextPendingEvaluationSheet(campaignId: $campaignId, afterId: $afterId) {
      ...EvaluationSheetFields
    }
  }
`);

export const MyEvaluationSheetsQuery = graphql(`
  query MyEvaluationSheets {
    myEvaluationSheets {
      ...EvaluationSheetFields
    }
  }
`);

export const EvaluationIndicatorRowsQuery = graphql(`
  query EvaluationIndicatorRows($sheetId: ID!, $source: EvaluationSource!, $first: Int, $after: String) {
    evaluationIndicatorRows(sheetId: $sheetId, source: $source, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          date
          title
          counted
          note
        }
      }
    }
  }
`);

export const GradeCountFieldsFragment = graphql(`
  fragment GradeCountFields on GradeCount {
    key
    label
    grade
    count
  }
`);

export const EvaluationDistributionQuery = graphql(`
  query EvaluationDistribution($campaignId: ID!) {
    evaluationDistribution(campaignId: $campaignId) {
      total {
        grade
        count
      }
      byCity {
        ...GradeCountFields
      }
      byCategory {
        ...GradeCountFields
      }
    }
  }
`);

export const ScoreEvaluationSheetMutation = graphql(`
  mutation ScoreEvaluationSheet($input: ScoreEvaluationSheetInput!) {
    scoreEvaluationSheet(input: $input) {
      ...EvaluationSheetFields
    }
  }
`);

export const RecordOnSiteVerificationMutation = graphql(`
  mutation RecordOnSiteVerification($input: OnSiteVerificationInput!) {
    recordOnSiteVerification(input: $input) {
      ...EvaluationSheetFields
    }
  }
`);

export const RefreshComputedIndicatorsMutation = graphql(`
  mutation RefreshComputedIndicators($campaignId: ID!) {
    refreshComputedIndicators(campaignId: $campaignId) {
      id
      version
      computedAt
      computedAsOf
    }
  }
`);

export const PublishEvaluationCampaignMutation = graphql(`
  mutation PublishEvaluationCampaign($input: CampaignVersionInput!) {
    publishEvaluationCampaign(input: $input) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const EvaluationRubricsQuery = graphql(`
  query EvaluationRubrics {
    evaluationRubrics {
      id
      name
      status
      version
      updatedAt
      indicators {
        code
        name
        kind
        points
        source
        maxScore
        guidance
      }
      bands {
        grade
        min
      }
    }
  }
`);

export const SaveEvaluationRubricMutation = graphql(`
  mutation SaveEvaluationRubric($input: SaveEvaluationRubricInput!) {
    saveEvaluationRubric(input: $input) {
      id
      name
      status
      version
    }
  }
`);

export const OpenEvaluationCampaignMutation = graphql(`
  mutation OpenEvaluationCampaign($input: OpenEvaluationCampaignInput!) {
    openEvaluationCampaign(input: $input) {
      id
      year
      status
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($filter: ActivityFilter, $first: Int, $after: String) {
    activities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          type
          typeLabel
          title
          activityDate
          place
          organiserCode
          organiserName
          enterprisesReached
          description
          version
          participations {
            id
            institutionId
            institutionName
            status
            note
            version
          }
        }
      }
    }
  }
`);

export const SaveActivityMutation = graphql(`
  mutation SaveActivity($input: SaveActivityInput!) {
    saveActivity(input: $input) {
      id
      title
      version
    }
  }
`);

export const ReportActivityParticipationMutation = graphql(`
  mutation ReportActivityParticipation($input: ReportParticipationInput!) {
    reportActivityParticipation(input: $input) {
      id
      status
      version
    }
  }
`);

export const ConfirmActivityParticipationMutation = graphql(`
  mutation ConfirmActivityParticipation($input: ConfirmParticipationInput!) {
    confirmActivityParticipation(input: $input) {
      id
      status
      version
    }
  }
`);
