import { graphql } from './generated';

/** 季度填报: every period of the institution's admission, newest first. */
export const ServiceReportPeriodsQuery = graphql(`
  query ServiceReportPeriods($institutionId: ID) {
    serviceReportPeriods(institutionId: $institutionId) {
      deadline
      periodStart
      status
      current
      daysLeft
      writable
      refusal
      bookingFigures {
        received
        answeredInTime
        completed
        frozen
      }
      report {
        id
        status
        version
        submittedOn
        onTime
        servicesDelivered
        enterprisesServed
        pointToPointServed
        publicWelfareCount
        publicWelfareDescription
        activities
        serviceRevenue
        narrative
      }
    }
  }
`);

export const SaveServiceReportMutation = graphql(`
  mutation SaveServiceReport($input: ServiceReportInput!) {
    saveServiceReport(input: $input) {
      id
      status
      version
    }
  }
`);

export const SubmitServiceReportMutation = graphql(`
  mutation SubmitServiceReport($input: ServiceReportInput!) {
    submitServiceReport(input: $input) {
      id
      status
      version
      submittedOn
      onTime
    }
  }
`);

/** The menu badges: queues with work for the signed-in role. */
export const WorkQueueCountsQuery = graphql(`
  query WorkQueueCounts {
    workQueueCounts {
      changeReportsToVerify
      removalCasesPending
      currentReportDue
      passwordResetsPending
      objectionsPending
      overdueBookingsOpen
    }
  }
`);

export const InstitutionHistoryQuery = graphql(`
  query InstitutionHistory($id: ID!) {
    institutionHistory(id: $id) {
      date
      kind
      title
      detail
      subjectType
      subjectId
    }
  }
`);
