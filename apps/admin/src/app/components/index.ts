// The app's own building blocks (no feature knowledge).
export { ErrorAlert } from './ErrorAlert';
export { NotFound } from './NotFound';
export { PageContainer } from './PageContainer';
export { RequireCapability } from './RequireCapability';
