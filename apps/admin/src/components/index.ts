// Components shown by more than one page. Pages import this barrel, never a file of another page's components/.
export { ChangeFieldsTable } from './ChangeFieldsTable';
export * from './dynamic-labels';
export { EvidenceLinks } from './EvidenceLinks';
export { EvidenceUpload, evidenceIds } from './EvidenceUpload';
export { InstitutionHistoryDrawer } from './InstitutionHistoryDrawer';
export { PeriodStatusTag } from './PeriodStatusTag';
export { ChangeReportDetails, changeColumns } from './ChangeReportDetails';
