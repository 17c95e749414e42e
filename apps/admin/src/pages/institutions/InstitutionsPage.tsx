import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { can } from '../../app/access';
import { CursorTable, ExportButton, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { REGISTRY_STATUS_COLORS, REGISTRY_STATUS_LABELS, SERVICE_NATURE_LABELS, labelOf } from '../../app/labels';
import type { InstitutionFilter, InstitutionSortField, InstitutionsQuery } from '../../graphql/generated/graphql';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { InstitutionsQuery as InstitutionsDocument } from '../../graphql/institutions';
import { CreateInstitutionModal } from './components/CreateInstitutionModal';
import { InstitutionDrawer } from './components/InstitutionDrawer';
import { InstitutionFilters } from './components/InstitutionFilters';

const SORT_FIELDS: readonly InstitutionSortField[] = ['ID', 'NAME', 'DIVISION', 'ADMITTED_ON'];

type Row = InstitutionsQuery['institutions']['edges'][number]['node'];

interface Props {
  /** Enterprises browse the public registry: admitted institutions only, no status column, no registration. */
  mode?: 'manage' | 'registry';
  title?: string;
}

export function InstitutionsPage({ mode = 'manage', title = '服务机构' }: Props) {
  const user = useCurrentUser();
  const view = useListUrlState<InstitutionFilter, InstitutionSortField>({ sortFields: SORT_FIELDS });
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useConnectionQuery(InstitutionsDocument, { variables: { filter: view.filter }, state: view, select: (d) => d.institutions });
  const canCreate = mode === 'manage' && can(user.role, 'institutions.create');

  const columns: TableColumnsType<Row> = [
    { title: '单位名称', dataIndex: 'name', key: 'NAME', sorter: true, width: 280, render: (name: string) => <a>{name}</a> },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 190, render: (v: string) => <span className="mono">{v}</span> },
    {
      title: '所在地区',
      key: 'DIVISION',
      sorter: true,
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
    {
      title: '入库日期',
      dataIndex: 'admittedOn',
      key: 'ADMITTED_ON',
      sorter: true,
      width: 120,
      render: (v: string | null) => <span data-testid="cell-admitted-on">{v ?? '—'}</span>,
    },
  ];

  return (
    <PageContainer
      title={title}
      extra={
        <Space>
          {mode === 'manage' ? (
            <ExportButton url={`/api/exports/institutions.xlsx?${listQueryString(view.filter, view.sort)}`} fallbackName="服务机构.xlsx" />
          ) : null}
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新增机构
            </Button>
          ) : null}
        </Space>
      }
    >
      <InstitutionFilters showStatus={mode === 'manage'} value={view.filter} onChange={view.setFilter} />
      <CursorTable<Row>
        list={list}
        className="clickable-rows"
        columns={columns}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ onClick: () => setSelected(r.id) })}
        data-testid="institutions-table"
      />
      <InstitutionDrawer id={selected} onClose={() => setSelected(null)} />
      {canCreate ? <CreateInstitutionModal open={creating} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
