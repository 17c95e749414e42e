import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { can } from '../../app/access';
import { CursorPager } from '../../app/components/CursorPager';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCurrentUser } from '../../app/current-user';
import { REGISTRY_STATUS_COLORS, REGISTRY_STATUS_LABELS, SERVICE_NATURE_LABELS, labelOf } from '../../app/labels';
import { useCursorPagination } from '../../app/pagination';
import type { InstitutionFilter, InstitutionsQuery } from '../../graphql/generated/graphql';
import { InstitutionsQuery as InstitutionsDocument } from '../../graphql/institutions';
import { CreateInstitutionModal } from './components/CreateInstitutionModal';
import { InstitutionDrawer } from './components/InstitutionDrawer';
import { InstitutionFilters } from './components/InstitutionFilters';

type Row = InstitutionsQuery['institutions']['edges'][number]['node'];

interface Props {
  /** Enterprises browse the public registry: admitted institutions only, no status column, no registration. */
  mode?: 'manage' | 'registry';
  title?: string;
}

export function InstitutionsPage({ mode = 'manage', title = '服务机构' }: Props) {
  const user = useCurrentUser();
  const pagination = useCursorPagination();
  const [filter, setFilter] = useState<InstitutionFilter>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(InstitutionsDocument, {
    variables: { first: pagination.first, after: pagination.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.institutions;
  const canCreate = mode === 'manage' && can(user.role, 'institutions.create');

  const columns: TableColumnsType<Row> = [
    { title: '单位名称', dataIndex: 'name', key: 'name', width: 280, render: (name: string) => <a>{name}</a> },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 190, render: (v: string) => <span className="mono">{v}</span> },
    {
      title: '所在地区',
      key: 'division',
      width: 140,
      render: (_, r) => <span data-testid="cell-division">{r.division.name}</span>,
    },
    {
      title: '服务性质',
      dataIndex: 'nature',
      key: 'nature',
      width: 100,
      render: (v: Row['nature']) => <span data-testid="cell-nature">{labelOf(SERVICE_NATURE_LABELS, v)}</span>,
    },
    {
      title: '主要服务方向',
      key: 'categories',
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.mainCategories.map((c) => (
            <Tag key={c.code}>{c.name}</Tag>
          ))}
        </Space>
      ),
    },
    ...(mode === 'manage'
      ? [
          {
            title: '入库状态',
            dataIndex: 'registryStatus',
            key: 'registryStatus',
            width: 100,
            render: (v: Row['registryStatus']) => <Tag color={REGISTRY_STATUS_COLORS[v]}>{REGISTRY_STATUS_LABELS[v]}</Tag>,
          },
        ]
      : []),
    { title: '入库日期', dataIndex: 'admittedOn', key: 'admittedOn', width: 120, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <PageContainer
      title={title}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增机构
          </Button>
        ) : null
      }
    >
      <InstitutionFilters
        showStatus={mode === 'manage'}
        onChange={(f) => {
          setFilter(f);
          pagination.reset();
        }}
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        className="clickable-rows"
        size="middle"
        columns={columns}
        dataSource={error ? [] : (connection?.edges.map((e) => e.node) ?? [])}
        loading={loading}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ onClick: () => setSelected(r.id) })}
        data-testid="institutions-table"
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <InstitutionDrawer id={selected} onClose={() => setSelected(null)} />
      {canCreate ? <CreateInstitutionModal open={creating} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
