import { graphql } from './generated';

/** Everything the editor, the detail page and the print view show; mutations answer with it so the cache stays whole. */
export const ApplicationDetailFragment = graphql(`
  fragment ApplicationDetail on Application {
    id
    version
    status
    skipsCounty
    pendingLevel
    allowedActions
    batchId
    batch {
      ...BatchFields
    }
    institutionId
    uscc
    divisionCode
    division {
      code
      name
    }
    city {
      code
      name
    }
    name
    institutionType
    nature
    address
    postalCode
    legalRepresentative
    foundedOn
    registeredCapital
    contactPerson
    contactPhone
    email
    employees
    qualifiedStaff
    cooperatingExperts
    seniorExperts
    cooperatingInstitutions
    serviceAssets
    totalAssets
    premisesArea
    mainCategories
    otherCategoryDescription
    mainCategoryDetails {
      code
      name
    }
    activitiesNarrative
    lastYear
    revenueLastYear
    profitLastYear
    enterprisesServedLastYear
    activitySessionsLastYear
    revenuePrevYear
    profitPrevYear
    enterprisesServedPrevYear
    activitySessionsPrevYear
    smesServedLastYear
    pointToPointEnterprises
    declaresNoCreditBlacklist
    declarationSigned
    declarationSignedBy
    cityOpinion
    submittedAt
    createdAt
    updatedAt
    products {
      position
      name
      content
      application
    }
    staff {
      position
      name
      post
      title
      education
      hasContractProof
    }
    servedEnterprises {
      position
      name
      nature
      satisfaction
    }
    attachments {
      id
      slot
      fileName
      mimeType
      size
      sha256
      uploadedAt
    }
    reentryBanUntil
    eligibility {
      id
      article
      title
      status
      reason
    }
    timeline {
      id
      type
      level
      actorName
      actorUsername
      opinion
      fromStatus
      toStatus
      createdAt
    }
    spotChecks {
      ...SpotCheckFields
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationDetail
      changesSinceReturn {
        returnedAt
        level
        changes {
          field
          label
          kind
          before
          after
        }
      }
    }
  }
`);

/** One row shape for the applicant's list, the review queues and the Attachment 4 preview. */
export const ApplicationsQuery = graphql(`
  query Applications($first: Int, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {
    applications(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        cursor
        node {
          id
          version
          name
          uscc
          status
          skipsCounty
          pendingLevel
          submittedAt
          updatedAt
          batch {
            id
            name
          }
          division {
            code
            name
          }
          city {
            code
            name
          }
          mainCategories
          otherCategoryDescription
          mainCategoryDetails {
            code
            name
          }
          institutionType
          foundedOn
          revenueLastYear
          serviceAssets
          employees
          contactPerson
          contactPhone
        }
      }
    }
  }
`);

export const ApplicationQueueCountsQuery = graphql(`
  query ApplicationQueueCounts($filter: ApplicationFilter) {
    applicationQueueCounts(filter: $filter) {
      queue
      count
    }
  }
`);

export const AttachmentSlotsQuery = graphql(`
  query AttachmentSlots {
    attachmentSlots {
      slot
      name
      required
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($batchId: ID!) {
    createApplication(batchId: $batchId) {
      id
      status
    }
  }
`);

export const SaveApplicationMutation = graphql(`
  mutation SaveApplication($id: ID!, $input: ApplicationInput!) {
    saveApplication(id: $id, input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($id: ID!) {
    submitApplication(id: $id) {
      ...ApplicationDetail
    }
  }
`);

export const DeleteApplicationMutation = graphql(`
  mutation DeleteApplication($id: ID!) {
    deleteApplication(id: $id)
  }
`);

export const DeleteApplicationAttachmentMutation = graphql(`
  mutation DeleteApplicationAttachment($applicationId: ID!, $slot: Int!) {
    deleteApplicationAttachment(applicationId: $applicationId, slot: $slot)
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!, $expectedVersion: Int!) {
    withdrawApplication(id: $id, expectedVersion: $expectedVersion) {
      ...ApplicationDetail
    }
  }
`);
