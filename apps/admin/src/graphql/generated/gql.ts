/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AnalyticsCatalog {\n    analyticsCatalog {\n      limits {\n        maxDimensions\n        maxMeasures\n        maxFilterDepth\n        maxFilterLeaves\n        maxGroups\n        maxPageSize\n        maxExportRows\n        statementTimeoutMs\n      }\n      datasets {\n        key\n        label\n        unit\n        description\n        defaultColumns\n        fields {\n          key\n          label\n          description\n          type\n          unit\n          ops\n          aggregates\n          dimension\n          listed\n          sortable\n          multiple\n          nullable\n          personalData\n          granularities\n          levels\n          enumValues {\n            code\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsCatalogDocument,
    "\n  query RunAnalytics($query: AnalyticsQueryInput!, $first: Int, $after: String, $savedQueryId: ID) {\n    runAnalyticsQuery(query: $query, first: $first, after: $after, savedQueryId: $savedQueryId) {\n      mode\n      explanation\n      totalCount\n      rows\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      columns {\n        key\n        label\n        type\n        role\n        field\n        granularity\n        level\n        multiple\n        personalData\n        unit\n      }\n    }\n  }\n": typeof types.RunAnalyticsDocument,
    "\n  query SavedAnalyticsQueries($first: Int, $after: String, $filter: SavedAnalyticsQueryFilter) {\n    savedAnalyticsQueries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          dataset\n          datasetLabel\n          explanation\n          shared\n          system\n          mine\n          ownerName\n          lastRunAt\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n": typeof types.SavedAnalyticsQueriesDocument,
    "\n  query SavedAnalyticsQuery($id: ID!) {\n    savedAnalyticsQuery(id: $id) {\n      id\n      name\n      description\n      dataset\n      definition\n      shared\n      mine\n      system\n      ownerName\n      version\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n": typeof types.SavedAnalyticsQueryDocument,
    "\n  mutation SaveAnalyticsQuery($input: SaveAnalyticsQueryInput!) {\n    saveAnalyticsQuery(input: $input) {\n      id\n      name\n      description\n      shared\n      mine\n      version\n      definition\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n": typeof types.SaveAnalyticsQueryDocument,
    "\n  mutation DeleteAnalyticsQuery($id: ID!, $version: Int!) {\n    deleteAnalyticsQuery(id: $id, version: $version)\n  }\n": typeof types.DeleteAnalyticsQueryDocument,
    "\n  query AnalyticsDashboard($key: String) {\n    analyticsDashboard(key: $key) {\n      id\n      key\n      title\n      description\n      cards {\n        id\n        title\n        width\n        chart {\n          type\n          x\n          series\n          measure\n        }\n        query {\n          id\n          name\n          definition\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsDashboardDocument,
    "\n  fragment ApplicationDetail on Application {\n    id\n    version\n    status\n    skipsCounty\n    pendingLevel\n    allowedActions\n    batchId\n    batch {\n      ...BatchFields\n    }\n    institutionId\n    uscc\n    divisionCode\n    division {\n      code\n      name\n    }\n    city {\n      code\n      name\n    }\n    name\n    institutionType\n    nature\n    address\n    postalCode\n    legalRepresentative\n    foundedOn\n    registeredCapital\n    contactPerson\n    contactPhone\n    email\n    employees\n    qualifiedStaff\n    cooperatingExperts\n    seniorExperts\n    cooperatingInstitutions\n    serviceAssets\n    totalAssets\n    premisesArea\n    mainCategories\n    otherCategoryDescription\n    mainCategoryDetails {\n      code\n      name\n    }\n    activitiesNarrative\n    lastYear\n    revenueLastYear\n    profitLastYear\n    enterprisesServedLastYear\n    activitySessionsLastYear\n    revenuePrevYear\n    profitPrevYear\n    enterprisesServedPrevYear\n    activitySessionsPrevYear\n    smesServedLastYear\n    pointToPointEnterprises\n    declaresNoCreditBlacklist\n    declarationSigned\n    declarationSignedBy\n    cityOpinion\n    submittedAt\n    createdAt\n    updatedAt\n    products {\n      position\n      name\n      content\n      application\n    }\n    staff {\n      position\n      name\n      post\n      title\n      education\n      hasContractProof\n    }\n    servedEnterprises {\n      position\n      name\n      nature\n      satisfaction\n    }\n    attachments {\n      id\n      slot\n      fileName\n      mimeType\n      size\n      sha256\n      uploadedAt\n    }\n    eligibility {\n      id\n      article\n      title\n      status\n      reason\n    }\n    timeline {\n      id\n      type\n      level\n      actorName\n      actorUsername\n      opinion\n      fromStatus\n      toStatus\n      createdAt\n    }\n    spotChecks {\n      ...SpotCheckFields\n    }\n  }\n": typeof types.ApplicationDetailFragmentDoc,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  query Applications($first: Int, $after: String, $filter: ApplicationFilter) {\n    applications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          uscc\n          status\n          skipsCounty\n          pendingLevel\n          submittedAt\n          updatedAt\n          batch {\n            id\n            name\n          }\n          division {\n            code\n            name\n          }\n          city {\n            code\n            name\n          }\n          mainCategories\n          otherCategoryDescription\n          mainCategoryDetails {\n            code\n            name\n          }\n          institutionType\n          foundedOn\n          revenueLastYear\n          serviceAssets\n          employees\n          contactPerson\n          contactPhone\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  query ApplicationQueueCounts($filter: ApplicationFilter) {\n    applicationQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n": typeof types.ApplicationQueueCountsDocument,
    "\n  query AttachmentSlots {\n    attachmentSlots {\n      slot\n      name\n      required\n    }\n  }\n": typeof types.AttachmentSlotsDocument,
    "\n  mutation CreateApplication($batchId: ID!) {\n    createApplication(batchId: $batchId) {\n      id\n      status\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation SaveApplication($id: ID!, $input: ApplicationInput!) {\n    saveApplication(id: $id, input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n": typeof types.DeleteApplicationDocument,
    "\n  mutation DeleteApplicationAttachment($applicationId: ID!, $slot: Int!) {\n    deleteApplicationAttachment(applicationId: $applicationId, slot: $slot)\n  }\n": typeof types.DeleteApplicationAttachmentDocument,
    "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  fragment CurrentUser on Me {\n    id\n    username\n    displayName\n    role\n    institutionId\n    enterpriseId\n    division {\n      code\n      name\n      level\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  fragment SignedIn on LoginPayload {\n    token\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignedInFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedIn\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment BatchFields on Batch {\n    id\n    name\n    status\n    onlineDeadline\n    paperDeadline\n  }\n": typeof types.BatchFieldsFragmentDoc,
    "\n  query BatchOptions {\n    batches {\n      ...BatchFields\n    }\n  }\n": typeof types.BatchOptionsDocument,
    "\n  query Batches {\n    batches {\n      ...BatchFields\n      createdAt\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": typeof types.BatchesDocument,
    "\n  mutation CreateBatch($input: BatchInput!) {\n    createBatch(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.CreateBatchDocument,
    "\n  mutation OpenBatch($id: ID!) {\n    openBatch(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenBatchDocument,
    "\n  mutation CloseBatch($id: ID!) {\n    closeBatch(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseBatchDocument,
    "\n  fragment BookingFields on ServiceBooking {\n    id\n    status\n    productId\n    productName\n    need\n    contactPerson\n    contactPhone\n    preferredTime\n    requestedAt\n    requestDate\n    responseDeadline\n    responseDeadlineAt\n    deadlineProvisional\n    remainingWorkingDays\n    overdue\n    respondedAt\n    respondedInTime\n    responseNote\n    completedAt\n    completionNote\n    rating\n    ratingComment\n    ratedAt\n    version\n    institution {\n      id\n      name\n      division {\n        code\n        name\n      }\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  mutation BookService($input: BookServiceInput!) {\n    bookService(input: $input) {\n      id\n      status\n      productName\n      requestDate\n      responseDeadline\n      deadlineProvisional\n      remainingWorkingDays\n    }\n  }\n": typeof types.BookServiceDocument,
    "\n  query MyEnterpriseContact {\n    myEnterprise {\n      id\n      name\n      contactPerson\n      contactPhone\n    }\n  }\n": typeof types.MyEnterpriseContactDocument,
    "\n  query BookingInbox($first: Int, $after: String, $filter: BookingFilter) {\n    bookingInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": typeof types.BookingInboxDocument,
    "\n  query BookingInboxCounts {\n    requested: bookingInbox(first: 1, filter: { status: REQUESTED }) {\n      totalCount\n    }\n    overdue: bookingInbox(first: 1, filter: { overdue: true }) {\n      totalCount\n    }\n  }\n": typeof types.BookingInboxCountsDocument,
    "\n  query MyBookings($first: Int, $after: String, $filter: BookingFilter) {\n    myBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation AcceptBooking($id: ID!, $input: BookingNoteInput) {\n    acceptBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.AcceptBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $input: DeclineBookingInput!) {\n    declineBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.DeclineBookingDocument,
    "\n  mutation CompleteBooking($id: ID!, $input: BookingNoteInput) {\n    completeBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation RateBooking($id: ID!, $input: RateBookingInput!) {\n    rateBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.RateBookingDocument,
    "\n  query OverdueBookings($first: Int, $after: String, $filter: OverdueBookingFilter) {\n    overdueBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": typeof types.OverdueBookingsDocument,
    "\n  query BookingStatistics($first: Int, $after: String, $filter: BookingStatisticsFilter) {\n    bookingStatistics(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          institutionId\n          institutionName\n          divisionCode\n          received\n          responded\n          respondedInTime\n          overdue\n          due\n          onTimeRate\n          averageRating\n          ratingCount\n        }\n      }\n    }\n  }\n": typeof types.BookingStatisticsDocument,
    "\n  query BrowseInstitutions($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {\n    browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      facets {\n        natures {\n          code\n          name\n          count\n        }\n        categories {\n          code\n          name\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nature\n          admittedOn\n          otherCategoryDescription\n          averageRating\n          ratingCount\n          onTimeResponseRate\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n          products {\n            id\n            name\n            nature\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrowseInstitutionsDocument,
    "\n  query PublicInstitution($id: ID!) {\n    publicInstitution(id: $id) {\n      id\n      name\n      nature\n      institutionType\n      admittedOn\n      introduction\n      address\n      contactPerson\n      contactPhone\n      email\n      website\n      otherCategoryDescription\n      averageRating\n      ratingCount\n      onTimeResponseRate\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n      products {\n        id\n        name\n        nature\n        content\n        priceNote\n        category {\n          code\n          name\n        }\n      }\n      cases {\n        id\n        title\n        enterpriseName\n        content\n        outcome\n        servedOn\n      }\n    }\n  }\n": typeof types.PublicInstitutionDocument,
    "\n  query OwnPublicProfile($id: ID!) {\n    institution(id: $id) {\n      id\n      registryStatus\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n": typeof types.OwnPublicProfileDocument,
    "\n  mutation UpdateMyPublicProfile($input: PublicProfileInput!) {\n    updateMyPublicProfile(input: $input) {\n      id\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n": typeof types.UpdateMyPublicProfileDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n": typeof types.CalendarStatusDocument,
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.CalendarYearsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n": typeof types.AddCalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  fragment ServiceCaseFields on ServiceCase {\n    id\n    title\n    enterpriseName\n    content\n    outcome\n    servedOn\n    updatedAt\n  }\n": typeof types.ServiceCaseFieldsFragmentDoc,
    "\n  query MyServiceCases($first: Int, $after: String) {\n    myServiceCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceCaseFields\n        }\n      }\n    }\n  }\n": typeof types.MyServiceCasesDocument,
    "\n  mutation CreateServiceCase($input: ServiceCaseInput!) {\n    createServiceCase(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateServiceCaseDocument,
    "\n  mutation UpdateServiceCase($id: ID!, $input: ServiceCaseInput!) {\n    updateServiceCase(id: $id, input: $input) {\n      ...ServiceCaseFields\n    }\n  }\n": typeof types.UpdateServiceCaseDocument,
    "\n  mutation DeleteServiceCase($id: ID!) {\n    deleteServiceCase(id: $id)\n  }\n": typeof types.DeleteServiceCaseDocument,
    "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      ...SignedIn\n    }\n  }\n": typeof types.RegisterEnterpriseDocument,
    "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InstitutionDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n": typeof types.CreateInstitutionDocument,
    "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n": typeof types.InstitutionStatsDocument,
    "\n  fragment JobRunFields on JobRun {\n    id\n    name\n    label\n    trigger\n    status\n    actorUsername\n    holder\n    startedAt\n    finishedAt\n    rowsTouched\n    errorMessage\n  }\n": typeof types.JobRunFieldsFragmentDoc,
    "\n  query Jobs {\n    jobs {\n      name\n      label\n      intervalSeconds\n      leaseSeconds\n      running\n      leaseHolder\n      leaseUntil\n      nextDueAt\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query JobRuns($name: String, $first: Int, $after: String) {\n    jobRuns(name: $name, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobRunFields\n        }\n      }\n    }\n  }\n": typeof types.JobRunsDocument,
    "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      ...JobRunFields\n    }\n  }\n": typeof types.RunJobDocument,
    "\n  fragment PublicNoticeFields on PublicNotice {\n    id\n    batchName\n    publishedOn\n    endsOn\n    active\n    entries {\n      applicationId\n      name\n      place\n      nature\n      categories\n      inNotice\n    }\n  }\n": typeof types.PublicNoticeFieldsFragmentDoc,
    "\n  query PublicNotices {\n    publicNotices {\n      ...PublicNoticeFields\n    }\n  }\n": typeof types.PublicNoticesDocument,
    "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FileObjectionDocument,
    "\n  query Notices {\n    notices {\n      ...PublicNoticeFields\n      batchId\n      createdAt\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation PublishNotice($batchId: ID!) {\n    publishNotice(batchId: $batchId) {\n      id\n      publishedOn\n      endsOn\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  query Objections($status: ObjectionStatus) {\n    objections(status: $status) {\n      id\n      applicationId\n      noticeId\n      name\n      contact\n      content\n      status\n      resolution\n      resolvedAt\n      createdAt\n    }\n  }\n": typeof types.ObjectionsDocument,
    "\n  query ApplicationName($id: ID!) {\n    application(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ApplicationNameDocument,
    "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n    }\n  }\n": typeof types.ResolveObjectionDocument,
    "\n  mutation RunAdmissionJob {\n    runAdmissionJob\n  }\n": typeof types.RunAdmissionJobDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          createdAt\n          readAt\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment PageCursor on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageCursorFragmentDoc,
    "\n  fragment ServiceProductFields on ServiceProduct {\n    id\n    name\n    categoryCode\n    nature\n    content\n    priceNote\n    published\n    publishedAt\n    updatedAt\n    version\n    category {\n      code\n      name\n    }\n  }\n": typeof types.ServiceProductFieldsFragmentDoc,
    "\n  query MyServiceProducts($first: Int, $after: String) {\n    myServiceProducts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceProductFields\n        }\n      }\n    }\n  }\n": typeof types.MyServiceProductsDocument,
    "\n  mutation CreateServiceProduct($input: ServiceProductInput!) {\n    createServiceProduct(input: $input) {\n      id\n      name\n      published\n    }\n  }\n": typeof types.CreateServiceProductDocument,
    "\n  mutation UpdateServiceProduct($id: ID!, $input: ServiceProductInput!) {\n    updateServiceProduct(id: $id, input: $input) {\n      ...ServiceProductFields\n    }\n  }\n": typeof types.UpdateServiceProductDocument,
    "\n  mutation SetServiceProductPublished($id: ID!, $published: Boolean!) {\n    setServiceProductPublished(id: $id, published: $published) {\n      id\n      published\n      publishedAt\n      updatedAt\n      version\n    }\n  }\n": typeof types.SetServiceProductPublishedDocument,
    "\n  mutation DeleteServiceProduct($id: ID!) {\n    deleteServiceProduct(id: $id)\n  }\n": typeof types.DeleteServiceProductDocument,
    "\n  fragment DivisionNode on Division {\n    code\n    name\n    level\n    cityLevel\n    parentCode\n  }\n": typeof types.DivisionNodeFragmentDoc,
    "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      ...DivisionNode\n    }\n    counties: divisions(level: COUNTY) {\n      ...DivisionNode\n    }\n  }\n": typeof types.DivisionTreeDocument,
    "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n": typeof types.ServiceCategoriesDocument,
    "\n  mutation RegisterInstitution($input: InstitutionRegistrationInput!) {\n    registerInstitution(input: $input) {\n      ...SignedIn\n    }\n  }\n": typeof types.RegisterInstitutionDocument,
    "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    checkedOn\n    inspectors\n    findings\n    passed\n    createdAt\n  }\n": typeof types.SpotCheckFieldsFragmentDoc,
    "\n  mutation ReviewApplication($input: ReviewInput!) {\n    reviewApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation RecordSpotCheck($input: SpotCheckInput!) {\n    recordSpotCheck(input: $input) {\n      ...SpotCheckFields\n    }\n  }\n": typeof types.RecordSpotCheckDocument,
};
const documents: Documents = {
    "\n  query AnalyticsCatalog {\n    analyticsCatalog {\n      limits {\n        maxDimensions\n        maxMeasures\n        maxFilterDepth\n        maxFilterLeaves\n        maxGroups\n        maxPageSize\n        maxExportRows\n        statementTimeoutMs\n      }\n      datasets {\n        key\n        label\n        unit\n        description\n        defaultColumns\n        fields {\n          key\n          label\n          description\n          type\n          unit\n          ops\n          aggregates\n          dimension\n          listed\n          sortable\n          multiple\n          nullable\n          personalData\n          granularities\n          levels\n          enumValues {\n            code\n            label\n          }\n        }\n      }\n    }\n  }\n": types.AnalyticsCatalogDocument,
    "\n  query RunAnalytics($query: AnalyticsQueryInput!, $first: Int, $after: String, $savedQueryId: ID) {\n    runAnalyticsQuery(query: $query, first: $first, after: $after, savedQueryId: $savedQueryId) {\n      mode\n      explanation\n      totalCount\n      rows\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      columns {\n        key\n        label\n        type\n        role\n        field\n        granularity\n        level\n        multiple\n        personalData\n        unit\n      }\n    }\n  }\n": types.RunAnalyticsDocument,
    "\n  query SavedAnalyticsQueries($first: Int, $after: String, $filter: SavedAnalyticsQueryFilter) {\n    savedAnalyticsQueries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          dataset\n          datasetLabel\n          explanation\n          shared\n          system\n          mine\n          ownerName\n          lastRunAt\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n": types.SavedAnalyticsQueriesDocument,
    "\n  query SavedAnalyticsQuery($id: ID!) {\n    savedAnalyticsQuery(id: $id) {\n      id\n      name\n      description\n      dataset\n      definition\n      shared\n      mine\n      system\n      ownerName\n      version\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n": types.SavedAnalyticsQueryDocument,
    "\n  mutation SaveAnalyticsQuery($input: SaveAnalyticsQueryInput!) {\n    saveAnalyticsQuery(input: $input) {\n      id\n      name\n      description\n      shared\n      mine\n      version\n      definition\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n": types.SaveAnalyticsQueryDocument,
    "\n  mutation DeleteAnalyticsQuery($id: ID!, $version: Int!) {\n    deleteAnalyticsQuery(id: $id, version: $version)\n  }\n": types.DeleteAnalyticsQueryDocument,
    "\n  query AnalyticsDashboard($key: String) {\n    analyticsDashboard(key: $key) {\n      id\n      key\n      title\n      description\n      cards {\n        id\n        title\n        width\n        chart {\n          type\n          x\n          series\n          measure\n        }\n        query {\n          id\n          name\n          definition\n          explanation\n        }\n      }\n    }\n  }\n": types.AnalyticsDashboardDocument,
    "\n  fragment ApplicationDetail on Application {\n    id\n    version\n    status\n    skipsCounty\n    pendingLevel\n    allowedActions\n    batchId\n    batch {\n      ...BatchFields\n    }\n    institutionId\n    uscc\n    divisionCode\n    division {\n      code\n      name\n    }\n    city {\n      code\n      name\n    }\n    name\n    institutionType\n    nature\n    address\n    postalCode\n    legalRepresentative\n    foundedOn\n    registeredCapital\n    contactPerson\n    contactPhone\n    email\n    employees\n    qualifiedStaff\n    cooperatingExperts\n    seniorExperts\n    cooperatingInstitutions\n    serviceAssets\n    totalAssets\n    premisesArea\n    mainCategories\n    otherCategoryDescription\n    mainCategoryDetails {\n      code\n      name\n    }\n    activitiesNarrative\n    lastYear\n    revenueLastYear\n    profitLastYear\n    enterprisesServedLastYear\n    activitySessionsLastYear\n    revenuePrevYear\n    profitPrevYear\n    enterprisesServedPrevYear\n    activitySessionsPrevYear\n    smesServedLastYear\n    pointToPointEnterprises\n    declaresNoCreditBlacklist\n    declarationSigned\n    declarationSignedBy\n    cityOpinion\n    submittedAt\n    createdAt\n    updatedAt\n    products {\n      position\n      name\n      content\n      application\n    }\n    staff {\n      position\n      name\n      post\n      title\n      education\n      hasContractProof\n    }\n    servedEnterprises {\n      position\n      name\n      nature\n      satisfaction\n    }\n    attachments {\n      id\n      slot\n      fileName\n      mimeType\n      size\n      sha256\n      uploadedAt\n    }\n    eligibility {\n      id\n      article\n      title\n      status\n      reason\n    }\n    timeline {\n      id\n      type\n      level\n      actorName\n      actorUsername\n      opinion\n      fromStatus\n      toStatus\n      createdAt\n    }\n    spotChecks {\n      ...SpotCheckFields\n    }\n  }\n": types.ApplicationDetailFragmentDoc,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": types.ApplicationDocument,
    "\n  query Applications($first: Int, $after: String, $filter: ApplicationFilter) {\n    applications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          uscc\n          status\n          skipsCounty\n          pendingLevel\n          submittedAt\n          updatedAt\n          batch {\n            id\n            name\n          }\n          division {\n            code\n            name\n          }\n          city {\n            code\n            name\n          }\n          mainCategories\n          otherCategoryDescription\n          mainCategoryDetails {\n            code\n            name\n          }\n          institutionType\n          foundedOn\n          revenueLastYear\n          serviceAssets\n          employees\n          contactPerson\n          contactPhone\n        }\n      }\n    }\n  }\n": types.ApplicationsDocument,
    "\n  query ApplicationQueueCounts($filter: ApplicationFilter) {\n    applicationQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n": types.ApplicationQueueCountsDocument,
    "\n  query AttachmentSlots {\n    attachmentSlots {\n      slot\n      name\n      required\n    }\n  }\n": types.AttachmentSlotsDocument,
    "\n  mutation CreateApplication($batchId: ID!) {\n    createApplication(batchId: $batchId) {\n      id\n      status\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation SaveApplication($id: ID!, $input: ApplicationInput!) {\n    saveApplication(id: $id, input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n": types.DeleteApplicationDocument,
    "\n  mutation DeleteApplicationAttachment($applicationId: ID!, $slot: Int!) {\n    deleteApplicationAttachment(applicationId: $applicationId, slot: $slot)\n  }\n": types.DeleteApplicationAttachmentDocument,
    "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  fragment CurrentUser on Me {\n    id\n    username\n    displayName\n    role\n    institutionId\n    enterpriseId\n    division {\n      code\n      name\n      level\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  fragment SignedIn on LoginPayload {\n    token\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n": types.SignedInFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedIn\n    }\n  }\n": types.LoginDocument,
    "\n  fragment BatchFields on Batch {\n    id\n    name\n    status\n    onlineDeadline\n    paperDeadline\n  }\n": types.BatchFieldsFragmentDoc,
    "\n  query BatchOptions {\n    batches {\n      ...BatchFields\n    }\n  }\n": types.BatchOptionsDocument,
    "\n  query Batches {\n    batches {\n      ...BatchFields\n      createdAt\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": types.BatchesDocument,
    "\n  mutation CreateBatch($input: BatchInput!) {\n    createBatch(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.CreateBatchDocument,
    "\n  mutation OpenBatch($id: ID!) {\n    openBatch(id: $id) {\n      id\n      status\n    }\n  }\n": types.OpenBatchDocument,
    "\n  mutation CloseBatch($id: ID!) {\n    closeBatch(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseBatchDocument,
    "\n  fragment BookingFields on ServiceBooking {\n    id\n    status\n    productId\n    productName\n    need\n    contactPerson\n    contactPhone\n    preferredTime\n    requestedAt\n    requestDate\n    responseDeadline\n    responseDeadlineAt\n    deadlineProvisional\n    remainingWorkingDays\n    overdue\n    respondedAt\n    respondedInTime\n    responseNote\n    completedAt\n    completionNote\n    rating\n    ratingComment\n    ratedAt\n    version\n    institution {\n      id\n      name\n      division {\n        code\n        name\n      }\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  mutation BookService($input: BookServiceInput!) {\n    bookService(input: $input) {\n      id\n      status\n      productName\n      requestDate\n      responseDeadline\n      deadlineProvisional\n      remainingWorkingDays\n    }\n  }\n": types.BookServiceDocument,
    "\n  query MyEnterpriseContact {\n    myEnterprise {\n      id\n      name\n      contactPerson\n      contactPhone\n    }\n  }\n": types.MyEnterpriseContactDocument,
    "\n  query BookingInbox($first: Int, $after: String, $filter: BookingFilter) {\n    bookingInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": types.BookingInboxDocument,
    "\n  query BookingInboxCounts {\n    requested: bookingInbox(first: 1, filter: { status: REQUESTED }) {\n      totalCount\n    }\n    overdue: bookingInbox(first: 1, filter: { overdue: true }) {\n      totalCount\n    }\n  }\n": types.BookingInboxCountsDocument,
    "\n  query MyBookings($first: Int, $after: String, $filter: BookingFilter) {\n    myBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation AcceptBooking($id: ID!, $input: BookingNoteInput) {\n    acceptBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": types.AcceptBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $input: DeclineBookingInput!) {\n    declineBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": types.DeclineBookingDocument,
    "\n  mutation CompleteBooking($id: ID!, $input: BookingNoteInput) {\n    completeBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation RateBooking($id: ID!, $input: RateBookingInput!) {\n    rateBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n": types.RateBookingDocument,
    "\n  query OverdueBookings($first: Int, $after: String, $filter: OverdueBookingFilter) {\n    overdueBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": types.OverdueBookingsDocument,
    "\n  query BookingStatistics($first: Int, $after: String, $filter: BookingStatisticsFilter) {\n    bookingStatistics(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          institutionId\n          institutionName\n          divisionCode\n          received\n          responded\n          respondedInTime\n          overdue\n          due\n          onTimeRate\n          averageRating\n          ratingCount\n        }\n      }\n    }\n  }\n": types.BookingStatisticsDocument,
    "\n  query BrowseInstitutions($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {\n    browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      facets {\n        natures {\n          code\n          name\n          count\n        }\n        categories {\n          code\n          name\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nature\n          admittedOn\n          otherCategoryDescription\n          averageRating\n          ratingCount\n          onTimeResponseRate\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n          products {\n            id\n            name\n            nature\n          }\n        }\n      }\n    }\n  }\n": types.BrowseInstitutionsDocument,
    "\n  query PublicInstitution($id: ID!) {\n    publicInstitution(id: $id) {\n      id\n      name\n      nature\n      institutionType\n      admittedOn\n      introduction\n      address\n      contactPerson\n      contactPhone\n      email\n      website\n      otherCategoryDescription\n      averageRating\n      ratingCount\n      onTimeResponseRate\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n      products {\n        id\n        name\n        nature\n        content\n        priceNote\n        category {\n          code\n          name\n        }\n      }\n      cases {\n        id\n        title\n        enterpriseName\n        content\n        outcome\n        servedOn\n      }\n    }\n  }\n": types.PublicInstitutionDocument,
    "\n  query OwnPublicProfile($id: ID!) {\n    institution(id: $id) {\n      id\n      registryStatus\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n": types.OwnPublicProfileDocument,
    "\n  mutation UpdateMyPublicProfile($input: PublicProfileInput!) {\n    updateMyPublicProfile(input: $input) {\n      id\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n": types.UpdateMyPublicProfileDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n": types.CalendarStatusDocument,
    "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n": types.CalendarYearsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n": types.AddCalendarYearDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  fragment ServiceCaseFields on ServiceCase {\n    id\n    title\n    enterpriseName\n    content\n    outcome\n    servedOn\n    updatedAt\n  }\n": types.ServiceCaseFieldsFragmentDoc,
    "\n  query MyServiceCases($first: Int, $after: String) {\n    myServiceCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceCaseFields\n        }\n      }\n    }\n  }\n": types.MyServiceCasesDocument,
    "\n  mutation CreateServiceCase($input: ServiceCaseInput!) {\n    createServiceCase(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateServiceCaseDocument,
    "\n  mutation UpdateServiceCase($id: ID!, $input: ServiceCaseInput!) {\n    updateServiceCase(id: $id, input: $input) {\n      ...ServiceCaseFields\n    }\n  }\n": types.UpdateServiceCaseDocument,
    "\n  mutation DeleteServiceCase($id: ID!) {\n    deleteServiceCase(id: $id)\n  }\n": types.DeleteServiceCaseDocument,
    "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      ...SignedIn\n    }\n  }\n": types.RegisterEnterpriseDocument,
    "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n": types.InstitutionDocument,
    "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n": types.CreateInstitutionDocument,
    "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n": types.InstitutionStatsDocument,
    "\n  fragment JobRunFields on JobRun {\n    id\n    name\n    label\n    trigger\n    status\n    actorUsername\n    holder\n    startedAt\n    finishedAt\n    rowsTouched\n    errorMessage\n  }\n": types.JobRunFieldsFragmentDoc,
    "\n  query Jobs {\n    jobs {\n      name\n      label\n      intervalSeconds\n      leaseSeconds\n      running\n      leaseHolder\n      leaseUntil\n      nextDueAt\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n": types.JobsDocument,
    "\n  query JobRuns($name: String, $first: Int, $after: String) {\n    jobRuns(name: $name, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobRunFields\n        }\n      }\n    }\n  }\n": types.JobRunsDocument,
    "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      ...JobRunFields\n    }\n  }\n": types.RunJobDocument,
    "\n  fragment PublicNoticeFields on PublicNotice {\n    id\n    batchName\n    publishedOn\n    endsOn\n    active\n    entries {\n      applicationId\n      name\n      place\n      nature\n      categories\n      inNotice\n    }\n  }\n": types.PublicNoticeFieldsFragmentDoc,
    "\n  query PublicNotices {\n    publicNotices {\n      ...PublicNoticeFields\n    }\n  }\n": types.PublicNoticesDocument,
    "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n      status\n    }\n  }\n": types.FileObjectionDocument,
    "\n  query Notices {\n    notices {\n      ...PublicNoticeFields\n      batchId\n      createdAt\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation PublishNotice($batchId: ID!) {\n    publishNotice(batchId: $batchId) {\n      id\n      publishedOn\n      endsOn\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  query Objections($status: ObjectionStatus) {\n    objections(status: $status) {\n      id\n      applicationId\n      noticeId\n      name\n      contact\n      content\n      status\n      resolution\n      resolvedAt\n      createdAt\n    }\n  }\n": types.ObjectionsDocument,
    "\n  query ApplicationName($id: ID!) {\n    application(id: $id) {\n      id\n      name\n    }\n  }\n": types.ApplicationNameDocument,
    "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n    }\n  }\n": types.ResolveObjectionDocument,
    "\n  mutation RunAdmissionJob {\n    runAdmissionJob\n  }\n": types.RunAdmissionJobDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          createdAt\n          readAt\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment PageCursor on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageCursorFragmentDoc,
    "\n  fragment ServiceProductFields on ServiceProduct {\n    id\n    name\n    categoryCode\n    nature\n    content\n    priceNote\n    published\n    publishedAt\n    updatedAt\n    version\n    category {\n      code\n      name\n    }\n  }\n": types.ServiceProductFieldsFragmentDoc,
    "\n  query MyServiceProducts($first: Int, $after: String) {\n    myServiceProducts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceProductFields\n        }\n      }\n    }\n  }\n": types.MyServiceProductsDocument,
    "\n  mutation CreateServiceProduct($input: ServiceProductInput!) {\n    createServiceProduct(input: $input) {\n      id\n      name\n      published\n    }\n  }\n": types.CreateServiceProductDocument,
    "\n  mutation UpdateServiceProduct($id: ID!, $input: ServiceProductInput!) {\n    updateServiceProduct(id: $id, input: $input) {\n      ...ServiceProductFields\n    }\n  }\n": types.UpdateServiceProductDocument,
    "\n  mutation SetServiceProductPublished($id: ID!, $published: Boolean!) {\n    setServiceProductPublished(id: $id, published: $published) {\n      id\n      published\n      publishedAt\n      updatedAt\n      version\n    }\n  }\n": types.SetServiceProductPublishedDocument,
    "\n  mutation DeleteServiceProduct($id: ID!) {\n    deleteServiceProduct(id: $id)\n  }\n": types.DeleteServiceProductDocument,
    "\n  fragment DivisionNode on Division {\n    code\n    name\n    level\n    cityLevel\n    parentCode\n  }\n": types.DivisionNodeFragmentDoc,
    "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      ...DivisionNode\n    }\n    counties: divisions(level: COUNTY) {\n      ...DivisionNode\n    }\n  }\n": types.DivisionTreeDocument,
    "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n": types.ServiceCategoriesDocument,
    "\n  mutation RegisterInstitution($input: InstitutionRegistrationInput!) {\n    registerInstitution(input: $input) {\n      ...SignedIn\n    }\n  }\n": types.RegisterInstitutionDocument,
    "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    checkedOn\n    inspectors\n    findings\n    passed\n    createdAt\n  }\n": types.SpotCheckFieldsFragmentDoc,
    "\n  mutation ReviewApplication($input: ReviewInput!) {\n    reviewApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation RecordSpotCheck($input: SpotCheckInput!) {\n    recordSpotCheck(input: $input) {\n      ...SpotCheckFields\n    }\n  }\n": types.RecordSpotCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsCatalog {\n    analyticsCatalog {\n      limits {\n        maxDimensions\n        maxMeasures\n        maxFilterDepth\n        maxFilterLeaves\n        maxGroups\n        maxPageSize\n        maxExportRows\n        statementTimeoutMs\n      }\n      datasets {\n        key\n        label\n        unit\n        description\n        defaultColumns\n        fields {\n          key\n          label\n          description\n          type\n          unit\n          ops\n          aggregates\n          dimension\n          listed\n          sortable\n          multiple\n          nullable\n          personalData\n          granularities\n          levels\n          enumValues {\n            code\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsCatalog {\n    analyticsCatalog {\n      limits {\n        maxDimensions\n        maxMeasures\n        maxFilterDepth\n        maxFilterLeaves\n        maxGroups\n        maxPageSize\n        maxExportRows\n        statementTimeoutMs\n      }\n      datasets {\n        key\n        label\n        unit\n        description\n        defaultColumns\n        fields {\n          key\n          label\n          description\n          type\n          unit\n          ops\n          aggregates\n          dimension\n          listed\n          sortable\n          multiple\n          nullable\n          personalData\n          granularities\n          levels\n          enumValues {\n            code\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunAnalytics($query: AnalyticsQueryInput!, $first: Int, $after: String, $savedQueryId: ID) {\n    runAnalyticsQuery(query: $query, first: $first, after: $after, savedQueryId: $savedQueryId) {\n      mode\n      explanation\n      totalCount\n      rows\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      columns {\n        key\n        label\n        type\n        role\n        field\n        granularity\n        level\n        multiple\n        personalData\n        unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunAnalytics($query: AnalyticsQueryInput!, $first: Int, $after: String, $savedQueryId: ID) {\n    runAnalyticsQuery(query: $query, first: $first, after: $after, savedQueryId: $savedQueryId) {\n      mode\n      explanation\n      totalCount\n      rows\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      columns {\n        key\n        label\n        type\n        role\n        field\n        granularity\n        level\n        multiple\n        personalData\n        unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAnalyticsQueries($first: Int, $after: String, $filter: SavedAnalyticsQueryFilter) {\n    savedAnalyticsQueries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          dataset\n          datasetLabel\n          explanation\n          shared\n          system\n          mine\n          ownerName\n          lastRunAt\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAnalyticsQueries($first: Int, $after: String, $filter: SavedAnalyticsQueryFilter) {\n    savedAnalyticsQueries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          dataset\n          datasetLabel\n          explanation\n          shared\n          system\n          mine\n          ownerName\n          lastRunAt\n          updatedAt\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAnalyticsQuery($id: ID!) {\n    savedAnalyticsQuery(id: $id) {\n      id\n      name\n      description\n      dataset\n      definition\n      shared\n      mine\n      system\n      ownerName\n      version\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAnalyticsQuery($id: ID!) {\n    savedAnalyticsQuery(id: $id) {\n      id\n      name\n      description\n      dataset\n      definition\n      shared\n      mine\n      system\n      ownerName\n      version\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnalyticsQuery($input: SaveAnalyticsQueryInput!) {\n    saveAnalyticsQuery(input: $input) {\n      id\n      name\n      description\n      shared\n      mine\n      version\n      definition\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnalyticsQuery($input: SaveAnalyticsQueryInput!) {\n    saveAnalyticsQuery(input: $input) {\n      id\n      name\n      description\n      shared\n      mine\n      version\n      definition\n      chart {\n        type\n        x\n        series\n        measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnalyticsQuery($id: ID!, $version: Int!) {\n    deleteAnalyticsQuery(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteAnalyticsQuery($id: ID!, $version: Int!) {\n    deleteAnalyticsQuery(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsDashboard($key: String) {\n    analyticsDashboard(key: $key) {\n      id\n      key\n      title\n      description\n      cards {\n        id\n        title\n        width\n        chart {\n          type\n          x\n          series\n          measure\n        }\n        query {\n          id\n          name\n          definition\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsDashboard($key: String) {\n    analyticsDashboard(key: $key) {\n      id\n      key\n      title\n      description\n      cards {\n        id\n        title\n        width\n        chart {\n          type\n          x\n          series\n          measure\n        }\n        query {\n          id\n          name\n          definition\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetail on Application {\n    id\n    version\n    status\n    skipsCounty\n    pendingLevel\n    allowedActions\n    batchId\n    batch {\n      ...BatchFields\n    }\n    institutionId\n    uscc\n    divisionCode\n    division {\n      code\n      name\n    }\n    city {\n      code\n      name\n    }\n    name\n    institutionType\n    nature\n    address\n    postalCode\n    legalRepresentative\n    foundedOn\n    registeredCapital\n    contactPerson\n    contactPhone\n    email\n    employees\n    qualifiedStaff\n    cooperatingExperts\n    seniorExperts\n    cooperatingInstitutions\n    serviceAssets\n    totalAssets\n    premisesArea\n    mainCategories\n    otherCategoryDescription\n    mainCategoryDetails {\n      code\n      name\n    }\n    activitiesNarrative\n    lastYear\n    revenueLastYear\n    profitLastYear\n    enterprisesServedLastYear\n    activitySessionsLastYear\n    revenuePrevYear\n    profitPrevYear\n    enterprisesServedPrevYear\n    activitySessionsPrevYear\n    smesServedLastYear\n    pointToPointEnterprises\n    declaresNoCreditBlacklist\n    declarationSigned\n    declarationSignedBy\n    cityOpinion\n    submittedAt\n    createdAt\n    updatedAt\n    products {\n      position\n      name\n      content\n      application\n    }\n    staff {\n      position\n      name\n      post\n      title\n      education\n      hasContractProof\n    }\n    servedEnterprises {\n      position\n      name\n      nature\n      satisfaction\n    }\n    attachments {\n      id\n      slot\n      fileName\n      mimeType\n      size\n      sha256\n      uploadedAt\n    }\n    eligibility {\n      id\n      article\n      title\n      status\n      reason\n    }\n    timeline {\n      id\n      type\n      level\n      actorName\n      actorUsername\n      opinion\n      fromStatus\n      toStatus\n      createdAt\n    }\n    spotChecks {\n      ...SpotCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetail on Application {\n    id\n    version\n    status\n    skipsCounty\n    pendingLevel\n    allowedActions\n    batchId\n    batch {\n      ...BatchFields\n    }\n    institutionId\n    uscc\n    divisionCode\n    division {\n      code\n      name\n    }\n    city {\n      code\n      name\n    }\n    name\n    institutionType\n    nature\n    address\n    postalCode\n    legalRepresentative\n    foundedOn\n    registeredCapital\n    contactPerson\n    contactPhone\n    email\n    employees\n    qualifiedStaff\n    cooperatingExperts\n    seniorExperts\n    cooperatingInstitutions\n    serviceAssets\n    totalAssets\n    premisesArea\n    mainCategories\n    otherCategoryDescription\n    mainCategoryDetails {\n      code\n      name\n    }\n    activitiesNarrative\n    lastYear\n    revenueLastYear\n    profitLastYear\n    enterprisesServedLastYear\n    activitySessionsLastYear\n    revenuePrevYear\n    profitPrevYear\n    enterprisesServedPrevYear\n    activitySessionsPrevYear\n    smesServedLastYear\n    pointToPointEnterprises\n    declaresNoCreditBlacklist\n    declarationSigned\n    declarationSignedBy\n    cityOpinion\n    submittedAt\n    createdAt\n    updatedAt\n    products {\n      position\n      name\n      content\n      application\n    }\n    staff {\n      position\n      name\n      post\n      title\n      education\n      hasContractProof\n    }\n    servedEnterprises {\n      position\n      name\n      nature\n      satisfaction\n    }\n    attachments {\n      id\n      slot\n      fileName\n      mimeType\n      size\n      sha256\n      uploadedAt\n    }\n    eligibility {\n      id\n      article\n      title\n      status\n      reason\n    }\n    timeline {\n      id\n      type\n      level\n      actorName\n      actorUsername\n      opinion\n      fromStatus\n      toStatus\n      createdAt\n    }\n    spotChecks {\n      ...SpotCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($first: Int, $after: String, $filter: ApplicationFilter) {\n    applications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          uscc\n          status\n          skipsCounty\n          pendingLevel\n          submittedAt\n          updatedAt\n          batch {\n            id\n            name\n          }\n          division {\n            code\n            name\n          }\n          city {\n            code\n            name\n          }\n          mainCategories\n          otherCategoryDescription\n          mainCategoryDetails {\n            code\n            name\n          }\n          institutionType\n          foundedOn\n          revenueLastYear\n          serviceAssets\n          employees\n          contactPerson\n          contactPhone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applications($first: Int, $after: String, $filter: ApplicationFilter) {\n    applications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          uscc\n          status\n          skipsCounty\n          pendingLevel\n          submittedAt\n          updatedAt\n          batch {\n            id\n            name\n          }\n          division {\n            code\n            name\n          }\n          city {\n            code\n            name\n          }\n          mainCategories\n          otherCategoryDescription\n          mainCategoryDetails {\n            code\n            name\n          }\n          institutionType\n          foundedOn\n          revenueLastYear\n          serviceAssets\n          employees\n          contactPerson\n          contactPhone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationQueueCounts($filter: ApplicationFilter) {\n    applicationQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n"): (typeof documents)["\n  query ApplicationQueueCounts($filter: ApplicationFilter) {\n    applicationQueueCounts(filter: $filter) {\n      queue\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentSlots {\n    attachmentSlots {\n      slot\n      name\n      required\n    }\n  }\n"): (typeof documents)["\n  query AttachmentSlots {\n    attachmentSlots {\n      slot\n      name\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($batchId: ID!) {\n    createApplication(batchId: $batchId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($batchId: ID!) {\n    createApplication(batchId: $batchId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplication($id: ID!, $input: ApplicationInput!) {\n    saveApplication(id: $id, input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplication($id: ID!, $input: ApplicationInput!) {\n    saveApplication(id: $id, input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApplicationAttachment($applicationId: ID!, $slot: Int!) {\n    deleteApplicationAttachment(applicationId: $applicationId, slot: $slot)\n  }\n"): (typeof documents)["\n  mutation DeleteApplicationAttachment($applicationId: ID!, $slot: Int!) {\n    deleteApplicationAttachment(applicationId: $applicationId, slot: $slot)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          actorUsername\n          actorRole\n          action\n          entityType\n          entityId\n          ip\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on Me {\n    id\n    username\n    displayName\n    role\n    institutionId\n    enterpriseId\n    division {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on Me {\n    id\n    username\n    displayName\n    role\n    institutionId\n    enterpriseId\n    division {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedIn on LoginPayload {\n    token\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  fragment SignedIn on LoginPayload {\n    token\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedIn\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignedIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BatchFields on Batch {\n    id\n    name\n    status\n    onlineDeadline\n    paperDeadline\n  }\n"): (typeof documents)["\n  fragment BatchFields on Batch {\n    id\n    name\n    status\n    onlineDeadline\n    paperDeadline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchOptions {\n    batches {\n      ...BatchFields\n    }\n  }\n"): (typeof documents)["\n  query BatchOptions {\n    batches {\n      ...BatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Batches {\n    batches {\n      ...BatchFields\n      createdAt\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Batches {\n    batches {\n      ...BatchFields\n      createdAt\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBatch($input: BatchInput!) {\n    createBatch(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBatch($input: BatchInput!) {\n    createBatch(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBatch($id: ID!) {\n    openBatch(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenBatch($id: ID!) {\n    openBatch(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBatch($id: ID!) {\n    closeBatch(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseBatch($id: ID!) {\n    closeBatch(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on ServiceBooking {\n    id\n    status\n    productId\n    productName\n    need\n    contactPerson\n    contactPhone\n    preferredTime\n    requestedAt\n    requestDate\n    responseDeadline\n    responseDeadlineAt\n    deadlineProvisional\n    remainingWorkingDays\n    overdue\n    respondedAt\n    respondedInTime\n    responseNote\n    completedAt\n    completionNote\n    rating\n    ratingComment\n    ratedAt\n    version\n    institution {\n      id\n      name\n      division {\n        code\n        name\n      }\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on ServiceBooking {\n    id\n    status\n    productId\n    productName\n    need\n    contactPerson\n    contactPhone\n    preferredTime\n    requestedAt\n    requestDate\n    responseDeadline\n    responseDeadlineAt\n    deadlineProvisional\n    remainingWorkingDays\n    overdue\n    respondedAt\n    respondedInTime\n    responseNote\n    completedAt\n    completionNote\n    rating\n    ratingComment\n    ratedAt\n    version\n    institution {\n      id\n      name\n      division {\n        code\n        name\n      }\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookService($input: BookServiceInput!) {\n    bookService(input: $input) {\n      id\n      status\n      productName\n      requestDate\n      responseDeadline\n      deadlineProvisional\n      remainingWorkingDays\n    }\n  }\n"): (typeof documents)["\n  mutation BookService($input: BookServiceInput!) {\n    bookService(input: $input) {\n      id\n      status\n      productName\n      requestDate\n      responseDeadline\n      deadlineProvisional\n      remainingWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterpriseContact {\n    myEnterprise {\n      id\n      name\n      contactPerson\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  query MyEnterpriseContact {\n    myEnterprise {\n      id\n      name\n      contactPerson\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingInbox($first: Int, $after: String, $filter: BookingFilter) {\n    bookingInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingInbox($first: Int, $after: String, $filter: BookingFilter) {\n    bookingInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingInboxCounts {\n    requested: bookingInbox(first: 1, filter: { status: REQUESTED }) {\n      totalCount\n    }\n    overdue: bookingInbox(first: 1, filter: { overdue: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BookingInboxCounts {\n    requested: bookingInbox(first: 1, filter: { status: REQUESTED }) {\n      totalCount\n    }\n    overdue: bookingInbox(first: 1, filter: { overdue: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($first: Int, $after: String, $filter: BookingFilter) {\n    myBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($first: Int, $after: String, $filter: BookingFilter) {\n    myBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBooking($id: ID!, $input: BookingNoteInput) {\n    acceptBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptBooking($id: ID!, $input: BookingNoteInput) {\n    acceptBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBooking($id: ID!, $input: DeclineBookingInput!) {\n    declineBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineBooking($id: ID!, $input: DeclineBookingInput!) {\n    declineBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!, $input: BookingNoteInput) {\n    completeBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteBooking($id: ID!, $input: BookingNoteInput) {\n    completeBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateBooking($id: ID!, $input: RateBookingInput!) {\n    rateBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateBooking($id: ID!, $input: RateBookingInput!) {\n    rateBooking(id: $id, input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueBookings($first: Int, $after: String, $filter: OverdueBookingFilter) {\n    overdueBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueBookings($first: Int, $after: String, $filter: OverdueBookingFilter) {\n    overdueBookings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingStatistics($first: Int, $after: String, $filter: BookingStatisticsFilter) {\n    bookingStatistics(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          institutionId\n          institutionName\n          divisionCode\n          received\n          responded\n          respondedInTime\n          overdue\n          due\n          onTimeRate\n          averageRating\n          ratingCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingStatistics($first: Int, $after: String, $filter: BookingStatisticsFilter) {\n    bookingStatistics(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          institutionId\n          institutionName\n          divisionCode\n          received\n          responded\n          respondedInTime\n          overdue\n          due\n          onTimeRate\n          averageRating\n          ratingCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseInstitutions($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {\n    browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      facets {\n        natures {\n          code\n          name\n          count\n        }\n        categories {\n          code\n          name\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nature\n          admittedOn\n          otherCategoryDescription\n          averageRating\n          ratingCount\n          onTimeResponseRate\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n          products {\n            id\n            name\n            nature\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowseInstitutions($first: Int, $after: String, $filter: BrowseFilter, $sort: BrowseSort) {\n    browseInstitutions(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      facets {\n        natures {\n          code\n          name\n          count\n        }\n        categories {\n          code\n          name\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nature\n          admittedOn\n          otherCategoryDescription\n          averageRating\n          ratingCount\n          onTimeResponseRate\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n          products {\n            id\n            name\n            nature\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInstitution($id: ID!) {\n    publicInstitution(id: $id) {\n      id\n      name\n      nature\n      institutionType\n      admittedOn\n      introduction\n      address\n      contactPerson\n      contactPhone\n      email\n      website\n      otherCategoryDescription\n      averageRating\n      ratingCount\n      onTimeResponseRate\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n      products {\n        id\n        name\n        nature\n        content\n        priceNote\n        category {\n          code\n          name\n        }\n      }\n      cases {\n        id\n        title\n        enterpriseName\n        content\n        outcome\n        servedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicInstitution($id: ID!) {\n    publicInstitution(id: $id) {\n      id\n      name\n      nature\n      institutionType\n      admittedOn\n      introduction\n      address\n      contactPerson\n      contactPhone\n      email\n      website\n      otherCategoryDescription\n      averageRating\n      ratingCount\n      onTimeResponseRate\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n      products {\n        id\n        name\n        nature\n        content\n        priceNote\n        category {\n          code\n          name\n        }\n      }\n      cases {\n        id\n        title\n        enterpriseName\n        content\n        outcome\n        servedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnPublicProfile($id: ID!) {\n    institution(id: $id) {\n      id\n      registryStatus\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n"): (typeof documents)["\n  query OwnPublicProfile($id: ID!) {\n    institution(id: $id) {\n      id\n      registryStatus\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPublicProfile($input: PublicProfileInput!) {\n    updateMyPublicProfile(input: $input) {\n      id\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPublicProfile($input: PublicProfileInput!) {\n    updateMyPublicProfile(input: $input) {\n      id\n      introduction\n      website\n      contactPerson\n      contactPhone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n"): (typeof documents)["\n  query CalendarStatus {\n    calendarStatus {\n      today\n      nextYear\n      nextYearMissing\n      loadedYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarYears {\n    calendarYears {\n      year\n      source\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"): (typeof documents)["\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation AddCalendarYear($input: AddCalendarYearInput!) {\n    addCalendarYear(input: $input) {\n      year\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n      kind\n      name\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCaseFields on ServiceCase {\n    id\n    title\n    enterpriseName\n    content\n    outcome\n    servedOn\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ServiceCaseFields on ServiceCase {\n    id\n    title\n    enterpriseName\n    content\n    outcome\n    servedOn\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServiceCases($first: Int, $after: String) {\n    myServiceCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceCaseFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyServiceCases($first: Int, $after: String) {\n    myServiceCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceCaseFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceCase($input: ServiceCaseInput!) {\n    createServiceCase(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceCase($input: ServiceCaseInput!) {\n    createServiceCase(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceCase($id: ID!, $input: ServiceCaseInput!) {\n    updateServiceCase(id: $id, input: $input) {\n      ...ServiceCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceCase($id: ID!, $input: ServiceCaseInput!) {\n    updateServiceCase(id: $id, input: $input) {\n      ...ServiceCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServiceCase($id: ID!) {\n    deleteServiceCase(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteServiceCase($id: ID!) {\n    deleteServiceCase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      ...SignedIn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      ...SignedIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institutions($first: Int, $after: String, $filter: InstitutionFilter) {\n    institutions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          uscc\n          nature\n          registryStatus\n          admittedOn\n          division {\n            code\n            name\n          }\n          mainCategories {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      institutionType\n      nature\n      address\n      postalCode\n      legalRepresentative\n      foundedOn\n      uscc\n      registeredCapital\n      contactPerson\n      contactPhone\n      email\n      employees\n      qualifiedStaff\n      cooperatingExperts\n      seniorExperts\n      cooperatingInstitutions\n      serviceAssets\n      totalAssets\n      premisesArea\n      registryStatus\n      admittedOn\n      otherCategoryDescription\n      divisionCode\n      division {\n        code\n        name\n      }\n      mainCategories {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstitution($input: InstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      registryStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InstitutionStats {\n    all: institutions(first: 1) {\n      totalCount\n    }\n    admitted: institutions(first: 1, filter: { registryStatus: ADMITTED }) {\n      totalCount\n    }\n    applicants: institutions(first: 1, filter: { registryStatus: APPLICANT }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobRunFields on JobRun {\n    id\n    name\n    label\n    trigger\n    status\n    actorUsername\n    holder\n    startedAt\n    finishedAt\n    rowsTouched\n    errorMessage\n  }\n"): (typeof documents)["\n  fragment JobRunFields on JobRun {\n    id\n    name\n    label\n    trigger\n    status\n    actorUsername\n    holder\n    startedAt\n    finishedAt\n    rowsTouched\n    errorMessage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs {\n    jobs {\n      name\n      label\n      intervalSeconds\n      leaseSeconds\n      running\n      leaseHolder\n      leaseUntil\n      nextDueAt\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Jobs {\n    jobs {\n      name\n      label\n      intervalSeconds\n      leaseSeconds\n      running\n      leaseHolder\n      leaseUntil\n      nextDueAt\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRuns($name: String, $first: Int, $after: String) {\n    jobRuns(name: $name, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobRunFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobRuns($name: String, $first: Int, $after: String) {\n    jobRuns(name: $name, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobRunFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      ...JobRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunJob($name: String!) {\n    runJob(name: $name) {\n      ...JobRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicNoticeFields on PublicNotice {\n    id\n    batchName\n    publishedOn\n    endsOn\n    active\n    entries {\n      applicationId\n      name\n      place\n      nature\n      categories\n      inNotice\n    }\n  }\n"): (typeof documents)["\n  fragment PublicNoticeFields on PublicNotice {\n    id\n    batchName\n    publishedOn\n    endsOn\n    active\n    entries {\n      applicationId\n      name\n      place\n      nature\n      categories\n      inNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotices {\n    publicNotices {\n      ...PublicNoticeFields\n    }\n  }\n"): (typeof documents)["\n  query PublicNotices {\n    publicNotices {\n      ...PublicNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices {\n    notices {\n      ...PublicNoticeFields\n      batchId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Notices {\n    notices {\n      ...PublicNoticeFields\n      batchId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($batchId: ID!) {\n    publishNotice(batchId: $batchId) {\n      id\n      publishedOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNotice($batchId: ID!) {\n    publishNotice(batchId: $batchId) {\n      id\n      publishedOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Objections($status: ObjectionStatus) {\n    objections(status: $status) {\n      id\n      applicationId\n      noticeId\n      name\n      contact\n      content\n      status\n      resolution\n      resolvedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Objections($status: ObjectionStatus) {\n    objections(status: $status) {\n      id\n      applicationId\n      noticeId\n      name\n      contact\n      content\n      status\n      resolution\n      resolvedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationName($id: ID!) {\n    application(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApplicationName($id: ID!) {\n    application(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunAdmissionJob {\n    runAdmissionJob\n  }\n"): (typeof documents)["\n  mutation RunAdmissionJob {\n    runAdmissionJob\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          createdAt\n          readAt\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      unreadCount\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          createdAt\n          readAt\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageCursor on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceProductFields on ServiceProduct {\n    id\n    name\n    categoryCode\n    nature\n    content\n    priceNote\n    published\n    publishedAt\n    updatedAt\n    version\n    category {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceProductFields on ServiceProduct {\n    id\n    name\n    categoryCode\n    nature\n    content\n    priceNote\n    published\n    publishedAt\n    updatedAt\n    version\n    category {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServiceProducts($first: Int, $after: String) {\n    myServiceProducts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceProductFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyServiceProducts($first: Int, $after: String) {\n    myServiceProducts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceProductFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceProduct($input: ServiceProductInput!) {\n    createServiceProduct(input: $input) {\n      id\n      name\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceProduct($input: ServiceProductInput!) {\n    createServiceProduct(input: $input) {\n      id\n      name\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceProduct($id: ID!, $input: ServiceProductInput!) {\n    updateServiceProduct(id: $id, input: $input) {\n      ...ServiceProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceProduct($id: ID!, $input: ServiceProductInput!) {\n    updateServiceProduct(id: $id, input: $input) {\n      ...ServiceProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceProductPublished($id: ID!, $published: Boolean!) {\n    setServiceProductPublished(id: $id, published: $published) {\n      id\n      published\n      publishedAt\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceProductPublished($id: ID!, $published: Boolean!) {\n    setServiceProductPublished(id: $id, published: $published) {\n      id\n      published\n      publishedAt\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServiceProduct($id: ID!) {\n    deleteServiceProduct(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteServiceProduct($id: ID!) {\n    deleteServiceProduct(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionNode on Division {\n    code\n    name\n    level\n    cityLevel\n    parentCode\n  }\n"): (typeof documents)["\n  fragment DivisionNode on Division {\n    code\n    name\n    level\n    cityLevel\n    parentCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      ...DivisionNode\n    }\n    counties: divisions(level: COUNTY) {\n      ...DivisionNode\n    }\n  }\n"): (typeof documents)["\n  query DivisionTree {\n    cities: divisions(level: CITY) {\n      ...DivisionNode\n    }\n    counties: divisions(level: COUNTY) {\n      ...DivisionNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query ServiceCategories {\n    serviceCategories {\n      code\n      name\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInstitution($input: InstitutionRegistrationInput!) {\n    registerInstitution(input: $input) {\n      ...SignedIn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterInstitution($input: InstitutionRegistrationInput!) {\n    registerInstitution(input: $input) {\n      ...SignedIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    checkedOn\n    inspectors\n    findings\n    passed\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SpotCheckFields on SpotCheck {\n    id\n    checkedOn\n    inspectors\n    findings\n    passed\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApplication($input: ReviewInput!) {\n    reviewApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewApplication($input: ReviewInput!) {\n    reviewApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSpotCheck($input: SpotCheckInput!) {\n    recordSpotCheck(input: $input) {\n      ...SpotCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSpotCheck($input: SpotCheckInput!) {\n    recordSpotCheck(input: $input) {\n      ...SpotCheckFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;