import { useQuery } from '@apollo/client/react';
import { Empty, Skeleton } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCurrentUser } from '../../app/current-user';
import { InstitutionQuery } from '../../graphql/institutions';
import { InstitutionDescriptions } from '../../components';
import { PublicProfileCard } from './components/PublicProfileCard';

export function OwnInstitutionPage() {
  const user = useCurrentUser();
  const id = user.institutionId;
  const { data, loading, error, refetch } = useQuery(InstitutionQuery, { variables: { id: id ?? '' }, skip: !id });
  return (
    <>
      <PageContainer title="本机构信息">
        {!id ? <Empty description="当前账号未关联服务机构，请联系所在地主管部门" /> : null}
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading && !data ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
        {data ? <InstitutionDescriptions institution={data.institution} /> : null}
      </PageContainer>
      {id ? <PublicProfileCard institutionId={id} /> : null}
    </>
  );
}
