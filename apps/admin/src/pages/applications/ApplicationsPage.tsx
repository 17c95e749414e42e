import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { canEditApplication, canResubmit } from '@hebei/domain';
import { CursorTable, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { ApplicationsQuery } from '../../graphql/applications';
import type { ApplicationsQuery as ApplicationsResult } from '../../graphql/generated/graphql';
import { ApplicationStatusTag } from '../../components';
import { NewApplicationModal } from './components/NewApplicationModal';
import { dateTime } from '../../app/format';
import './applications.css';

type Row = ApplicationsResult['applications']['edges'][number]['node'];

/** The applicant's own applications, one per batch. */
export function ApplicationsPage() {
  const [creating, setCreating] = useState(false);
  const list = useConnectionQuery(ApplicationsQuery, { select: (d) => d.applications, fetchPolicy: 'cache-and-network' });
  const returned = list.rows.filter((r) => r.status === 'RETURNED');

  const columns: TableColumnsType<Row> = [
    { title: '申报批次', key: 'batch', width: 160, render: (_, r) => r.batch.name },
    { title: '单位名称', dataIndex: 'name', key: 'name', render: (v: string, r) => <Link to={`/applications/${r.id}`}>{v}</Link> },
    { title: '状态', key: 'status', width: 110, render: (_, r) => <ApplicationStatusTag status={r.status} skipsCounty={r.skipsCounty} /> },
    { title: '提交时间', dataIndex: 'submittedAt', key: 'submittedAt', width: 170, render: dateTime },
    { title: '最近更新', dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: dateTime },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_, r) => (
        <Space size={4}>
          {canEditApplication(r.status) ? (
            <Link to={`/applications/${r.id}/edit`}>{canResubmit(r.status) ? '修改后重新提交' : '编辑'}</Link>
          ) : null}
          <Link to={`/applications/${r.id}`}>查看</Link>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title="入库申报"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建申请
        </Button>
      }
      banner={
        returned.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`有 ${returned.length} 份申请被退回修改，请根据审核意见修改后重新提交`}
          />
        ) : null
      }
    >
      <CursorTable<Row>
        list={list}
        columns={columns}
        emptyText="尚无申请，点击右上角“新建申请”开始填报"
        data-testid="my-applications-table"
      />
      <NewApplicationModal open={creating} onClose={() => setCreating(false)} usedBatchIds={list.rows.map((r) => r.batch.id)} />
    </PageContainer>
  );
}
