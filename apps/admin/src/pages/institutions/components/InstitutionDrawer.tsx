import { useQuery } from '@apollo/client/react';
import { Drawer, Skeleton } from 'antd';
import { ErrorAlert } from '../../../app/components/ErrorAlert';
import { InstitutionQuery } from '../../../graphql/institutions';
import { InstitutionDescriptions } from '../../../components';

export function InstitutionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { data, loading, error, refetch } = useQuery(InstitutionQuery, { variables: { id: id ?? '' }, skip: !id });
  const institution = data?.institution;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={860}
      title={institution && institution.id === id ? institution.name : '机构详情'}
      destroyOnHidden
      data-testid="institution-drawer"
    >
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !institution ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {institution && institution.id === id ? <InstitutionDescriptions institution={institution} /> : null}
    </Drawer>
  );
}
