import { useQuery } from '@apollo/client/react';
import { Badge, Button, Form, Input, Select, Space, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CursorTable, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { REVIEW_QUEUE_LABELS } from '../../app/labels';
import { ApplicationQueueCountsQuery, ApplicationsQuery } from '../../graphql/applications';
import { BatchOptionsQuery } from '../../graphql/batches';
import type { ApplicationFilter, ApplicationsQuery as ApplicationsResult, ReviewQueue, Role } from '../../graphql/generated/graphql';
import { ApplicationStatusTag } from '../../components';
import { dateTime } from '../../app/format';

type Row = ApplicationsResult['applications']['edges'][number]['node'];

const QUEUES: ReviewQueue[] = ['PENDING_COUNTY', 'PENDING_CITY', 'PENDING_PROVINCE', 'NOTICE', 'ADMITTED', 'RETURNED', 'REJECTED'];
const OWN_QUEUE: Partial<Record<Role, ReviewQueue>> = { COUNTY: 'PENDING_COUNTY', CITY: 'PENDING_CITY', PROVINCE: 'PENDING_PROVINCE' };
const OWN_LEVEL: Partial<Record<Role, string>> = { COUNTY: 'COUNTY', CITY: 'CITY', PROVINCE: 'PROVINCE' };

interface FilterValues {
  batchId?: string;
  text?: string;
}

/** One page for every review level: a tab per queue, the officer's own queue first in mind. */
export function ReviewsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const own = OWN_QUEUE[user.role] ?? 'PENDING_COUNTY';
  const queue = (QUEUES as string[]).includes(params.get('queue') ?? '') ? (params.get('queue') as ReviewQueue) : own;
  const [filter, setFilter] = useState<Omit<ApplicationFilter, 'queue'>>({});
  const batches = useQuery(BatchOptionsQuery);
  const counts = useQuery(ApplicationQueueCountsQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const list = useConnectionQuery(ApplicationsQuery, {
    variables: { filter: { ...filter, queue } },
    select: (d) => d.applications,
    fetchPolicy: 'cache-and-network',
  });
  const countOf = useMemo(() => {
    const map = new Map((counts.data ?? counts.previousData)?.applicationQueueCounts.map((c) => [c.queue, c.count]) ?? []);
    return (q: ReviewQueue) => map.get(q) ?? 0;
  }, [counts.data, counts.previousData]);

  const apply = (v: FilterValues) => {
    const next: Omit<ApplicationFilter, 'queue'> = {};
    if (v.batchId) next.batchId = v.batchId;
    if (v.text?.trim()) next.text = v.text.trim();
    setFilter(next);
    list.pagination.reset();
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      key: 'name',
      width: 280,
      render: (name: string, r) => <Link to={`/applications/${r.id}`}>{name}</Link>,
    },
    {
      title: '所在地区',
      key: 'place',
      width: 150,
      render: (_, r) => (r.city && r.city.code !== r.division.code ? `${r.city.name} ${r.division.name}` : r.division.name),
    },
    { title: '批次', key: 'batch', width: 130, render: (_, r) => r.batch.name },
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
        r.pendingLevel && r.pendingLevel === OWN_LEVEL[user.role] ? (
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

  return (
    <PageContainer title="入库审核">
      <Tabs
        className="queue-tabs"
        activeKey={queue}
        onChange={(k) => {
          setParams({ queue: k }, { replace: true });
        }}
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
      <FilterForm<FilterValues> name="reviewFilter" typed={['text']} onApply={apply}>
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
      <CursorTable<Row>
        list={list}
        columns={columns}
        scroll={{ x: 1100 }}
        emptyText={`暂无${REVIEW_QUEUE_LABELS[queue]}的申请`}
        data-testid="review-table"
      />
    </PageContainer>
  );
}
