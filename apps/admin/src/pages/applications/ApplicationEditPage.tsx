import { useQuery } from '@apollo/client/react';
import { Button, Result, Skeleton, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { errorCode } from '../../app/errors';
import { applicationStatusLabel } from '../../app/labels';
import { ApplicationQuery } from '../../graphql/applications';
import { ApplicationEditor } from './components/ApplicationEditor';
import { ExportButton } from './components/ExportButton';
import './applications.css';

/** The editor while the application is a draft or has been returned; read-only (view/export) otherwise. */
export function ApplicationEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ApplicationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const a = data?.application;

  if (!a) {
    return (
      <PageContainer title="填写入库申请">
        {error ? (
          errorCode(error) === 'NOT_FOUND' ? (
            <Result
              status="404"
              title="申请不存在"
              subTitle="该申请不存在或已被删除。"
              extra={
                <Button type="primary" onClick={() => navigate('/applications')}>
                  返回入库申报
                </Button>
              }
            />
          ) : (
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          )
        ) : null}
        {loading ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      </PageContainer>
    );
  }
  if (!a.allowedActions.includes('EDIT')) {
    return (
      <PageContainer title="入库申请">
        <Result
          status="info"
          title={`申请${applicationStatusLabel(a.status, a.skipsCounty)}，不能修改`}
          subTitle="申请提交后只能查看和导出；如需修改，请等待审核部门退回。"
          extra={
            <Space>
              <Button type="primary" onClick={() => navigate(`/applications/${a.id}`)}>
                查看申请
              </Button>
              <ExportButton application={a} />
            </Space>
          }
        />
      </PageContainer>
    );
  }
  return <ApplicationEditor key={a.id} application={a} refetch={refetch} />;
}
