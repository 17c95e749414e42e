// Components shown by more than one page. Pages import this barrel, never a file of another page's components/.
export { ApplicationDescriptions, directionsText } from './ApplicationDescriptions';
export { ApplicationStatusTag } from './ApplicationStatusTag';
export { BookingDetails } from './BookingDetails';
export { BookingMonitorCard } from './BookingMonitorCard';
export { CalendarBanner } from './CalendarBanner';
export { CrudListPage } from './CrudListPage';
export { CrudModal } from './CrudModal';
export { DeadlineCell } from './DeadlineCell';
export { GradeTag } from './GradeTag';
export { InstitutionDescriptions } from './InstitutionDescriptions';
export { ReviewActions } from './ReviewActions';
export { SignUpForm } from './SignUpForm';
export { MainCategoriesFields, NumberField, UnitAddressFields, UnitContactFields, notMoreThan } from './UnitFields';
