import { DownloadOutlined, FolderOpenOutlined, LinkOutlined, PlayCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { explainAnalyticsQuery, type AnalyticsQuery } from '@hebei/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Flex,
  Progress,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, PageContainer } from '../../app/components';
import { AnalyticsCatalogQuery, RunAnalyticsQuery, SavedAnalyticsQueryQuery } from '../../graphql/analytics';
import { restErrorText } from '../../app/rest';
import { useCursorPagination } from '../../app/pagination';
import { AnalyticsChart } from './components/AnalyticsChart';
import { HeatTable } from './components/HeatTable';
import { QueryBuilder } from './components/QueryBuilder';
import { ResultTable } from './components/ResultTable';
import { SavedQueriesDrawer, SaveQueryModal, type SavedMeta } from './components/SavedQueries';
import { useDivisionLabels } from './lib/divisions';
import { exportAnalytics, type ExportFormat, type ExportProgress } from './lib/export';
import {
  decodeQueryParam,
  drillQuery,
  emptyQuery,
  encodeQueryParam,
  queryMode,
  requestQuery,
  toCatalogDataset,
  type CatalogInfo,
  type ChartSpec,
  type ChartType,
  type DrillPick,
  type LabelContext,
} from './lib/model';

const ROWS_PAGE = 20;

export const CHART_TYPE_LABELS: Record<Exclude<ChartType, 'TABLE'>, string> = {
  BAR: '柱状图',
  STACKED_BAR: '堆叠柱状图',
  LINE: '折线图',
  PIE: '饼图',
  HEAT_TABLE: '城市热力表',
};

interface Initial {
  query: AnalyticsQuery;
  chart: ChartSpec;
  saved: SavedMeta | null;
  submitted: Submitted | null;
}

interface Submitted {
  query: AnalyticsQuery;
  savedQueryId?: string;
}

/** What a link names: a saved query (?saved=), a definition (?q=), or nothing (a new summary on the first dataset). */
interface Source {
  saved: string | null;
  q: string | null;
  generation: number;
}

/** Loads what the URL names, then hands it to a workspace that owns the editing state from then on. */
export function AnalyticsPage() {
  const [params] = useSearchParams();
  const [source, setSource] = useState<Source>(() => ({ saved: params.get('saved'), q: params.get('q'), generation: 0 }));
  const catalogQ = useQuery(AnalyticsCatalogQuery);
  const catalog = catalogQ.data?.analyticsCatalog;
  const savedQ = useQuery(SavedAnalyticsQueryQuery, {
    variables: { id: source.saved ?? '' },
    skip: !source.saved,
    fetchPolicy: 'network-only',
  });
  const initial = useMemo((): Initial | null => {
    if (!catalog) return null;
    if (source.saved) {
      const s = savedQ.data?.savedAnalyticsQuery;
      if (!s) return null;
      const query = s.definition as AnalyticsQuery;
      const chart: ChartSpec = s.chart
        ? { type: s.chart.type, x: s.chart.x, series: s.chart.series, measure: s.chart.measure }
        : { type: 'TABLE' };
      const saved = { id: s.id, version: s.version, name: s.name, description: s.description ?? null, shared: s.shared, mine: s.mine };
      return { query, chart, saved, submitted: { query: requestQuery(query), savedQueryId: s.id } };
    }
    const fromUrl = source.q ? decodeQueryParam(source.q) : null;
    if (fromUrl) {
      return {
        query: fromUrl.query,
        chart: fromUrl.chart ?? { type: 'TABLE' },
        saved: null,
        submitted: { query: requestQuery(fromUrl.query) },
      };
    }
    return { query: emptyQuery(catalog.datasets[0].key), chart: { type: 'TABLE' }, saved: null, submitted: null };
  }, [catalog, source, savedQ.data]);

  return (
    <>
      {catalogQ.error ? <ErrorAlert error={catalogQ.error} onRetry={() => void catalogQ.refetch()} /> : null}
      {savedQ.error ? <ErrorAlert error={savedQ.error} title="无法打开该查询" /> : null}
      {catalog && initial ? (
        <AnalyticsWorkspace
          key={source.generation}
          catalog={catalog}
          initial={initial}
          onOpenSaved={(id) => setSource((s) => ({ saved: id, q: null, generation: s.generation + 1 }))}
        />
      ) : catalogQ.error || savedQ.error ? null : (
        <PageContainer title="数据分析">
          <Skeleton active paragraph={{ rows: 8 }} />
        </PageContainer>
      )}
    </>
  );
}

function AnalyticsWorkspace({
  catalog,
  initial,
  onOpenSaved,
}: {
  catalog: CatalogInfo;
  initial: Initial;
  onOpenSaved: (id: string) => void;
}) {
  const { message } = App.useApp();
  const [, setParams] = useSearchParams();
  const divisions = useDivisionLabels();
  const [query, setQuery] = useState<AnalyticsQuery>(initial.query);
  const [chart, setChart] = useState<ChartSpec>(initial.chart);
  const [view, setView] = useState<'table' | 'chart'>(initial.chart.type === 'TABLE' ? 'table' : 'chart');
  const [saved, setSaved] = useState<SavedMeta | null>(initial.saved);
  const [submitted, setSubmitted] = useState<Submitted | null>(initial.submitted);
  const pagination = useCursorPagination(ROWS_PAGE);
  const resetPage = pagination.reset;
  const [drawer, setDrawer] = useState(false);
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState<ExportProgress | null>(null);

  const dataset = catalog.datasets.find((d) => d.key === query.dataset);
  const cds = useMemo(() => (dataset ? toCatalogDataset(dataset) : undefined), [dataset]);
  const explanation = cds ? explainAnalyticsQuery(requestQuery(query), cds, { divisionName: (c) => divisions.names.get(c) }) : '';

  const run = useQuery(RunAnalyticsQuery, {
    variables: {
      query: submitted?.query ?? { dataset: '' },
      first: submitted && !submitted.query.groupBy?.length ? pagination.first : undefined,
      after: pagination.after,
      savedQueryId: submitted?.savedQueryId,
    },
    skip: !submitted,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const result = run.data?.runAnalyticsQuery;

  const labels: LabelContext = useMemo(
    () => ({ divisionName: (c) => divisions.names.get(c), field: (k) => dataset?.fields.find((f) => f.key === k) }),
    [divisions.names, dataset],
  );

  const mode = queryMode(query);
  const runnable = !!query && (mode === 'rows' || (query.groupBy?.length ?? 0) > 0);

  const submit = useCallback(
    (q: AnalyticsQuery) => {
      const req = requestQuery(q);
      resetPage();
      setSubmitted({ query: req, ...(saved ? { savedQueryId: saved.id } : {}) });
      setParams(saved ? { saved: saved.id } : { q: encodeQueryParam(req, chart) }, { replace: true });
    },
    [saved, chart, setParams, resetPage],
  );

  const edit = (q: AnalyticsQuery) => {
    setQuery(q);
    if (q.dataset !== query?.dataset) {
      setSaved(null);
      setChart({ type: 'TABLE' });
      setView('table');
    }
  };

  const drill = (picks: DrillPick[]) => {
    if (!query || !dataset) return;
    const q = { ...drillQuery(requestQuery(query), picks), columns: [...dataset.defaultColumns] };
    setSaved(null);
    setQuery(q);
    setView('table');
    resetPage();
    setSubmitted({ query: requestQuery(q) });
    setParams({ q: encodeQueryParam(requestQuery(q)) });
    message.info('已打开该分组背后的明细');
  };

  const copyLink = async () => {
    if (!query) return;
    const url = `${window.location.origin}/analytics?q=${encodeQueryParam(requestQuery(query), view === 'chart' ? chart : null)}`;
    try {
      await navigator.clipboard.writeText(url);
      message.success('链接已复制，打开即可看到同样的查询');
    } catch {
      message.info(url);
    }
  };

  const doExport = async (format: ExportFormat) => {
    if (!query) return;
    setExporting({ rows: null, bytes: 0 });
    try {
      const { name, rows } = await exportAnalytics(requestQuery(query), format, setExporting);
      message.success(`已导出${rows !== null ? ` ${rows} 行` : ''}：${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setExporting(null);
    }
  };

  const groups = result?.mode === 'GROUPS';
  const chartTypes = Object.entries(CHART_TYPE_LABELS).filter(
    ([t]) => t !== 'HEAT_TABLE' || !!result?.columns.some((c) => c.role === 'DIMENSION' && c.type === 'DIVISION' && c.level === 'CITY'),
  );

  return (
    <PageContainer
      title="数据分析"
      extra={
        <Space wrap>
          <Button icon={<FolderOpenOutlined />} onClick={() => setDrawer(true)}>
            已保存的查询
          </Button>
          <Button icon={<SaveOutlined />} disabled={!runnable} onClick={() => setSaving(true)} data-testid="save-query">
            保存
          </Button>
          <Button icon={<LinkOutlined />} disabled={!query} onClick={() => void copyLink()}>
            复制链接
          </Button>
          <Dropdown
            disabled={!runnable || !!exporting}
            menu={{
              items: [
                { key: 'xlsx', label: '导出 Excel（.xlsx）' },
                { key: 'csv', label: '导出 CSV（.csv）' },
              ],
              onClick: ({ key }) => void doExport(key as ExportFormat),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={!!exporting} data-testid="export-button">
              导出
            </Button>
          </Dropdown>
        </Space>
      }
    >
      {exporting ? (
        <Alert
          type="info"
          showIcon
          data-testid="export-progress"
          style={{ marginBottom: 16 }}
          title={`正在导出${exporting.rows !== null ? `（共 ${exporting.rows} 行）` : ''}…已接收 ${(exporting.bytes / 1024).toFixed(0)} KB`}
          description={
            <Progress
              percent={exporting.rows ? Math.min(99, Math.round(exporting.bytes / (exporting.rows * 1.2))) : 5}
              status="active"
              showInfo={false}
            />
          }
        />
      ) : null}
      {!catalog || !query ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={9}>
            {saved ? (
              <Flex gap={6} align="center" style={{ marginBottom: 8 }} data-testid="saved-query-name">
                <Typography.Text strong>{saved.name}</Typography.Text>
                {saved.shared ? <Tag color="green">共享</Tag> : <Tag>私有</Tag>}
                {!saved.mine ? <Tag>他人创建</Tag> : null}
              </Flex>
            ) : null}
            <QueryBuilder catalog={catalog} value={query} onChange={edit} divisions={divisions.choices} />
            <Button
              type="primary"
              block
              icon={<PlayCircleOutlined />}
              style={{ marginTop: 16 }}
              disabled={!runnable}
              loading={run.loading}
              onClick={() => submit(query)}
              data-testid="run-query"
            >
              运行查询
            </Button>
          </Col>
          <Col xs={24} xl={15}>
            <Card size="small" style={{ marginBottom: 16, background: '#f6f9ff' }}>
              <Typography.Text type="secondary">查询说明：</Typography.Text>
              <Typography.Text data-testid="query-explanation">{explanation}</Typography.Text>
            </Card>
            {run.error ? <ErrorAlert error={run.error} title="查询未能运行" /> : null}
            {!submitted ? (
              <Empty description={runnable ? '设置好条件后点击“运行查询”' : '请至少添加一个汇总维度，或切换为明细'} />
            ) : (
              <>
                <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
                  <Typography.Text type="secondary" data-testid="result-summary">
                    {result
                      ? groups
                        ? `共 ${result.totalCount ?? result.rows.length} 组`
                        : `共 ${result.totalCount ?? '—'} 条`
                      : '运行中…'}
                    {groups ? '（点击分组或图形查看明细）' : ''}
                  </Typography.Text>
                  {groups ? (
                    <Space wrap>
                      <Segmented
                        aria-label="结果视图"
                        value={view}
                        options={[
                          { value: 'table', label: '表格' },
                          { value: 'chart', label: '图表' },
                        ]}
                        onChange={(v) => {
                          setView(v as 'table' | 'chart');
                          if (v === 'chart' && chart.type === 'TABLE') setChart({ type: 'BAR' });
                        }}
                      />
                      {view === 'chart' ? (
                        <Select
                          aria-label="图表类型"
                          style={{ width: 140 }}
                          value={chart.type === 'TABLE' ? 'BAR' : chart.type}
                          options={chartTypes.map(([value, label]) => ({ value, label }))}
                          onChange={(type: ChartType) => setChart({ ...chart, type })}
                        />
                      ) : null}
                    </Space>
                  ) : null}
                </Flex>
                {result && groups && view === 'chart' ? (
                  chart.type === 'HEAT_TABLE' ? (
                    <HeatTable
                      columns={result.columns}
                      rows={result.rows as unknown[][]}
                      chart={chart}
                      labels={labels}
                      cities={divisions.cities}
                      onDrill={drill}
                    />
                  ) : (
                    <AnalyticsChart
                      columns={result.columns}
                      rows={result.rows as unknown[][]}
                      chart={chart.type === 'TABLE' ? { type: 'BAR' } : chart}
                      labels={labels}
                      onDrill={drill}
                    />
                  )
                ) : (
                  <ResultTable
                    columns={result?.columns ?? []}
                    rows={(result?.rows ?? []) as unknown[][]}
                    labels={labels}
                    loading={run.loading}
                    onDrill={groups ? drill : undefined}
                  />
                )}
                {result && !groups ? (
                  <Flex justify="end" gap={8} style={{ marginTop: 12 }} data-testid="rows-pager">
                    <Typography.Text type="secondary">第 {pagination.page} 页</Typography.Text>
                    <Button disabled={pagination.page <= 1 || run.loading} onClick={pagination.prev}>
                      上一页
                    </Button>
                    <Button
                      disabled={!result.pageInfo.hasNextPage || run.loading}
                      onClick={() => pagination.next(result.pageInfo.endCursor)}
                    >
                      下一页
                    </Button>
                  </Flex>
                ) : null}
              </>
            )}
          </Col>
        </Row>
      )}
      <SavedQueriesDrawer
        open={drawer}
        onClose={() => setDrawer(false)}
        onOpen={(id) => {
          setDrawer(false);
          setParams({ saved: id });
          onOpenSaved(id);
        }}
      />
      {query ? (
        <SaveQueryModal
          open={saving}
          onClose={() => setSaving(false)}
          query={requestQuery(query)}
          chart={view === 'chart' ? chart : { type: 'TABLE' }}
          current={saved}
          onSaved={(meta) => {
            setSaving(false);
            setSaved(meta);
            setParams({ saved: meta.id }, { replace: true });
            setSubmitted({ query: requestQuery(query), savedQueryId: meta.id });
          }}
        />
      ) : null}
    </PageContainer>
  );
}
