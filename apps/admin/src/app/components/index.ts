// The app's own building blocks (no feature knowledge).
export { CursorPager } from './CursorPager';
export { CursorTable } from './CursorTable';
export { ErrorAlert } from './ErrorAlert';
export { FilterForm } from './FilterForm';
export { Forbidden } from './Forbidden';
export { NotFound } from './NotFound';
export { PageContainer } from './PageContainer';
export { RequireCapability } from './RequireCapability';
export { useFormErrors, type FormErrors } from './FormErrors';
export { ExportButton } from './ExportButton';
