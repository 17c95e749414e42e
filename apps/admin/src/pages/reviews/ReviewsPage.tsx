import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Badge, Button, Form, Input, Select, Space, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { BULK_REVIEW_MAX } from '@hebei/domain';
import { CursorTable, ExportButton, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { REVIEW_QUEUE_LABELS } from '../../app/labels';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { ApplicationQueueCountsQuery, ApplicationsQuery } from '../../graphql/applications';
import { BatchOptionsQuery } from '../../graphql/batches';
import type {
  ApplicationFilter,
  ApplicationSortField,
  ApplicationsQuery as ApplicationsResult,
  ReviewQueue,
  Role,
} from '../../graphql/generated/graphql';
import { ApplicationStatusTag } from '../../components';
import { dateTime } from '../../app/format';
import { OWN_REVIEW_QUEUE } from '../../app/review-queues';
import { BulkReviewModal, bulkLabel, type BulkAction } from './components/BulkReviewModal';

type Row = ApplicationsResult['applications']['edges'][number]['node'];
type ListFilter = Omit<ApplicationFilter, 'queue'>;

const QUEUES: ReviewQueue[] = [
  'PENDING_COUNTY',
  'PENDING_CITY',
  'PENDING_PROVINCE',
  'PENDING_NOTICE',
  'NOTICE',
  'ADMITTED',
  'RETURNED',
  'REJECTED',
];
const SORT_FIELDS: readonly ApplicationSortField[] = ['ID', 'NAME', 'DIVISION', 'BATCH'];
const OWN_LEVEL: Partial<Record<Role, string>> = { COUNTY: 'COUNTY', CITY: 'CITY', PROVINCE: 'PROVINCE' };

interface FilterValues {
  batchId?: string;
  text?: string;
}

/**
 * One page for every review level: a tab per queue, the officer's own queue first in mind. Tab, filters, sort, page
 * size and page live in the URL; the officer's own queue offers bulk approve/return of the selected rows.
 */
export function ReviewsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const own = OWN_REVIEW_QUEUE[user.role] ?? 'PENDING_COUNTY';
  const queue = (QUEUES as string[]).includes(params.get('queue') ?? '') ? (params.get('queue') as ReviewQueue) : own;
  const view = useListUrlState<ListFilter, ApplicationSortField>({ sortFields: SORT_FIELDS });
  const filter = view.filter;
  const batches = useQuery(BatchOptionsQuery);
  const counts = useQuery(ApplicationQueueCountsQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const list = useConnectionQuery(ApplicationsQuery, {
    variables: { filter: { ...filter, queue } },
    state: view,
    select: (d) => d.applications,
    fetchPolicy: 'cache-and-network',
  });
  const countOf = useMemo(() => {
    const map = new Map((counts.data ?? counts.previousData)?.applicationQueueCounts.map((c) => [c.queue, c.count]) ?? []);
    return (q: ReviewQueue) => map.get(q) ?? 0;
  }, [counts.data, counts.previousData]);

  // Bulk decisions on the officer's own queue; the selection belongs to the view it was made in (tab, filters, page).
  const level = OWN_LEVEL[user.role];
  const bulk = !!level && queue === own;
  const viewKey = params.toString();
  const [selection, setSelection] = useState<{ view: string; rows: Row[] }>({ view: '', rows: [] });
  const selected = selection.view === viewKey ? selection.rows : [];
  const [deciding, setDeciding] = useState<BulkAction | null>(null);
  const [lastAction, setLastAction] = useState<BulkAction>('APPROVE');

  const apply = (v: FilterValues) => {
    const next: ListFilter = {};
    if (v.batchId) next.batchId = v.batchId;
    if (v.text?.trim()) next.text = v.text.trim();
    view.setFilter(next);
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'NAME',
      sorter: true,
      width: 280,
      render: (name: string, r) => (
        <Link to={`/applications/${r.id}`} data-testid="cell-name">
          {name}
        </Link>
      ),
    },
    {
      title: '所在地区',
      key: 'DIVISION',
      sorter: true,
      width: 150,
      render: (_, r) => (r.city && r.city.code !== r.division.code ? `${r.city.name} ${r.division.name}` : r.division.name),
    },
    { title: '批次', key: 'BATCH', sorter: true, width: 130, render: (_, r) => r.batch.name },
    {
      title: '主要服务方向',
      key: 'categories',
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.mainCategoryDetails.map((c) => (
            <Tag key={c.code}>{c.code === 'OTHER' && r.otherCategoryDescription ? `其他：${r.otherCategoryDescription}` : c.name}</Tag>
          ))}
        </Space>
      ),
    },
    { title: '状态', key: 'status', width: 100, render: (_, r) => <ApplicationStatusTag status={r.status} skipsCounty={r.skipsCounty} /> },
    { title: '提交时间', dataIndex: 'submittedAt', key: 'submittedAt', width: 150, render: dateTime },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, r) =>
        r.pendingLevel && r.pendingLevel === level ? (
          <Button type="primary" size="small" onClick={() => navigate(`/applications/${r.id}`)}>
            审核
          </Button>
        ) : (
          <Button type="link" size="small" onClick={() => navigate(`/applications/${r.id}`)}>
            查看
          </Button>
        ),
    },
  ];

  const decide = (action: BulkAction) => {
    setLastAction(action);
    setDeciding(action);
  };

  return (
    <PageContainer
      title="入库审核"
      extra={
        <ExportButton
          url={`/api/exports/applications.xlsx?${listQueryString({ ...filter, queue }, view.sort)}`}
          fallbackName={`入库申请-${REVIEW_QUEUE_LABELS[queue]}.xlsx`}
        />
      }
    >
      <Tabs
        className="queue-tabs"
        activeKey={queue}
        onChange={(k) =>
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            next.set('queue', k);
            next.delete('pages');
            return next;
          })
        }
        items={QUEUES.map((q) => ({
          key: q,
          label: (
            <Space size={6} data-testid={`queue-tab-${q}`}>
              <span>{REVIEW_QUEUE_LABELS[q]}</span>
              <Badge count={countOf(q)} overflowCount={9999} color={q === own ? undefined : '#bfbfbf'} data-testid={`queue-count-${q}`} />
            </Space>
          ),
        }))}
      />
      <FilterForm<FilterValues>
        name="reviewFilter"
        typed={['text']}
        values={{ batchId: filter.batchId ? String(filter.batchId) : undefined, text: filter.text ?? undefined }}
        onApply={apply}
      >
        <Form.Item name="batchId" label="申报批次">
          <Select
            allowClear
            placeholder="全部批次"
            style={{ width: 200 }}
            loading={batches.loading}
            options={(batches.data?.batches ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="text" label="关键词">
          <Input allowClear placeholder="单位名称或统一社会信用代码" style={{ width: 240 }} maxLength={50} />
        </Form.Item>
      </FilterForm>
      {bulk ? (
        <Space className="bulk-bar" style={{ marginBottom: 12 }} wrap data-testid="bulk-bar">
          <Typography.Text type="secondary" data-testid="bulk-count">
            {selected.length ? `已选择 ${selected.length} 项` : `勾选本队列的申请后可批量处理（每次最多${BULK_REVIEW_MAX}项）`}
          </Typography.Text>
          <Button type="primary" icon={<CheckOutlined />} disabled={!selected.length} onClick={() => decide('APPROVE')}>
            {bulkLabel('APPROVE', level!).button}
          </Button>
          <Button icon={<RollbackOutlined />} disabled={!selected.length} onClick={() => decide('RETURN')}>
            {bulkLabel('RETURN', level!).button}
          </Button>
        </Space>
      ) : null}
      <CursorTable<Row>
        list={list}
        columns={columns}
        scroll={{ x: 1100 }}
        rowSelection={
          bulk
            ? {
                selectedRowKeys: selected.map((r) => r.id),
                onChange: (_keys, rows) => setSelection({ view: viewKey, rows: rows.slice(0, BULK_REVIEW_MAX) }),
                getCheckboxProps: (r) => ({ disabled: r.pendingLevel !== level, name: r.name }),
              }
            : undefined
        }
        emptyText={`暂无${REVIEW_QUEUE_LABELS[queue]}的申请`}
        data-testid="review-table"
      />
      {bulk ? (
        <BulkReviewModal
          open={deciding !== null}
          action={deciding ?? lastAction}
          level={level!}
          items={selected.map((r) => ({ id: r.id, name: r.name, version: r.version }))}
          onClose={() => setDeciding(null)}
          onDone={(n) => {
            setDeciding(null);
            setSelection({ view: '', rows: [] });
            message.success(`已${bulkLabel(deciding ?? lastAction, level!).button.replace('批量', '')} ${n} 项`);
            void list.refetch();
            void counts.refetch();
          }}
          onStale={() => {
            void list.refetch();
            void counts.refetch();
          }}
        />
      ) : null}
    </PageContainer>
  );
}
