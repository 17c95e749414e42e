import { FileExcelOutlined } from '@ant-design/icons';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Empty, Form, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCurrentUser } from '../../app/current-user';
import { INSTITUTION_TYPE_LABELS, labelOf } from '../../app/labels';
import { ApplicationsQuery } from '../../graphql/applications';
import { BatchOptionsQuery } from '../../graphql/batches';
import type { ApplicationsQuery as ApplicationsResult, ReviewQueue } from '../../graphql/generated/graphql';
import { DivisionTreeQuery } from '../../graphql/reference';
import { directionsText } from '../../components';
import { chineseCount, num, text } from '../../app/format';
import { downloadFile, restErrorText } from '../../app/rest';
import { MAX_MAIN_CATEGORIES } from '@hebei/domain';

type Row = ApplicationsResult['applications']['edges'][number]['node'];

/** Recommended by the city and everything after (待审核, 公示中/待公示, 已入库) — what Attachment 4 lists. */
const RECOMMENDED_QUEUES: ReviewQueue[] = ['PENDING_PROVINCE', 'NOTICE', 'ADMITTED'];

async function fetchRecommended(client: ApolloClient, batchId: string, city: string | undefined): Promise<Row[]> {
  const rows: Row[] = [];
  for (const queue of RECOMMENDED_QUEUES) {
    let after: string | undefined;
    for (;;) {
      const { data } = await client.query({
        query: ApplicationsQuery,
        variables: { first: 100, after, filter: { batchId, queue } },
        fetchPolicy: 'network-only',
      });
      if (!data) break;
      rows.push(...data.applications.edges.map((e) => e.node));
      if (!data.applications.pageInfo.hasNextPage || !data.applications.pageInfo.endCursor) break;
      after = data.applications.pageInfo.endCursor;
    }
  }
  const mine = city ? rows.filter((r) => r.city?.code === city) : rows;
  return mine.sort((x, y) => Number(x.id) - Number(y.id));
}

/**
 * Every recommended application of a batch; a province-wide list is narrowed to one city here. The answer is kept
 * with the request it answers, so loading is derived (the rows of the previous request stay until the new ones come).
 */
function useRecommended(batchId: string | undefined, city: string | undefined, needsCity: boolean) {
  const client = useApolloClient();
  const request = batchId && !(needsCity && !city) ? JSON.stringify([batchId, city ?? null]) : null;
  const [answer, setAnswer] = useState<{ request: string; rows: Row[]; error: unknown } | null>(null);
  useEffect(() => {
    if (!request || !batchId) return;
    let cancelled = false;
    fetchRecommended(client, batchId, city).then(
      (rows) => !cancelled && setAnswer({ request, rows, error: null }),
      (error) => !cancelled && setAnswer({ request, rows: [], error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, request, batchId, city]);
  if (!request) return { rows: [], loading: false, error: null };
  if (answer?.request !== request) return { rows: answer?.rows ?? [], loading: true, error: null };
  return { rows: answer.rows, loading: false, error: answer.error };
}

const COLUMNS: TableColumnsType<Row> = [
  { title: '序号', key: 'i', width: 56, align: 'center', render: (_, __, i) => i + 1 },
  { title: '单位名称', dataIndex: 'name', key: 'name' },
  { title: '机构类型', key: 'type', width: 100, render: (_, r) => labelOf(INSTITUTION_TYPE_LABELS, r.institutionType) },
  { title: '成立时间', key: 'founded', width: 105, render: (_, r) => text(r.foundedOn) },
  { title: '上年度年服务收入（万元）', key: 'revenue', width: 120, align: 'right', render: (_, r) => num(r.revenueLastYear, 2) },
  { title: '服务资产（万元）', key: 'assets', width: 100, align: 'right', render: (_, r) => num(r.serviceAssets, 2) },
  { title: '服务人员（人）', key: 'staff', width: 90, align: 'right', render: (_, r) => num(r.employees) },
  { title: '主要服务方向', key: 'directions', width: 160, render: (_, r) => directionsText(r) },
  { title: '联系人', key: 'contact', width: 80, render: (_, r) => text(r.contactPerson) },
  { title: '联系电话', key: 'phone', width: 125, render: (_, r) => text(r.contactPhone) },
];

/** Attachment 4: a city's recommendation summary for a batch, previewed and exported as .xlsx. */
export function RecommendationsPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const isProvince = user.role === 'PROVINCE';
  const batches = useQuery(BatchOptionsQuery);
  const divisions = useQuery(DivisionTreeQuery, { skip: !isProvince });
  const [batchId, setBatchId] = useState<string | undefined>();
  const [city, setCity] = useState<string | undefined>();
  const [exporting, setExporting] = useState(false);
  const list = batches.data?.batches ?? [];
  // Default to the batch being worked on: the open one, else the newest.
  const effectiveBatch = batchId ?? (list.find((b) => b.status === 'OPEN') ?? list[0])?.id;
  const batch = list.find((b) => b.id === effectiveBatch);
  const cityName = isProvince ? divisions.data?.cities.find((c) => c.code === city)?.name : user.division?.name;
  const { rows, loading, error } = useRecommended(effectiveBatch, isProvince ? city : undefined, isProvince);

  const exportXlsx = async () => {
    if (!effectiveBatch) return;
    setExporting(true);
    try {
      const qs = new URLSearchParams({ batchId: effectiveBatch, ...(isProvince && city ? { city } : {}) });
      const name = await downloadFile(`/api/exports/recommendation-summary.xlsx?${qs}`, `${cityName ?? ''}推荐汇总表.xlsx`);
      message.success(`已导出：${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title="推荐汇总表"
      extra={
        <Button
          type="primary"
          icon={<FileExcelOutlined />}
          loading={exporting}
          disabled={!effectiveBatch || (isProvince && !city)}
          onClick={() => void exportXlsx()}
        >
          导出Excel
        </Button>
      }
    >
      <Form layout="inline" className="filter-form" name="recommendationFilter">
        <Form.Item label="申报批次">
          <Select
            aria-label="申报批次"
            style={{ width: 220 }}
            placeholder="请选择批次"
            loading={batches.loading}
            value={effectiveBatch}
            onChange={setBatchId}
            options={list.map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        {isProvince ? (
          <Form.Item label="市级单位">
            <Select
              aria-label="市级单位"
              style={{ width: 200 }}
              placeholder="请选择市"
              loading={divisions.loading}
              value={city}
              onChange={setCity}
              showSearch={{ optionFilterProp: 'label' }}
              options={(divisions.data?.cities ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
        ) : null}
      </Form>
      {isProvince && !city ? (
        <Empty description="请选择市级单位，查看该市推荐的入库机构" style={{ margin: '32px 0' }} />
      ) : (
        <>
          <div className="summary-heading">
            <Typography.Title level={5} style={{ margin: 0, textAlign: 'center' }} data-testid="summary-title">
              {cityName ?? ''}优质中小企业服务资源库入库机构推荐汇总表
            </Typography.Title>
            <Space style={{ width: '100%', justifyContent: 'space-between', margin: '8px 0' }}>
              <Typography.Text type="secondary">填报单位：{cityName ?? ''}工业和信息化局（盖章）</Typography.Text>
              <Typography.Text type="secondary">
                批次：{batch?.name ?? '—'} · 共 {rows.length} 家
              </Typography.Text>
            </Space>
          </div>
          {error ? <ErrorAlert error={error} /> : null}
          <Table<Row>
            rowKey="id"
            size="small"
            bordered
            columns={COLUMNS}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 1120 }}
            locale={{ emptyText: '该批次暂无市级已推荐的申请' }}
            data-testid="summary-table"
          />
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={`汇总表包含市级已推荐的申请（待省级审核、待公示、公示中、已入库）；服务人员取申请表中的从业人数。每家机构最多${chineseCount(MAX_MAIN_CATEGORIES)}项主要服务方向。`}
          />
        </>
      )}
    </PageContainer>
  );
}
