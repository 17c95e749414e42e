import { InstitutionsPage } from '../institutions/InstitutionsPage';

/** Enterprises browse admitted institutions by nature and category (the API scopes them to the public registry). */
export function RegistryPage() {
  return <InstitutionsPage mode="registry" title="服务资源库" />;
}
