import { DownloadOutlined, HistoryOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { MISSED_PERIODS_FOR_NOTICE } from '@hebei/domain';
import { App, Button, Card, Cascader, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, ErrorAlert, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { useDialog } from '../../app/dialog';
import { divisionSearch, useDivisionOptions } from '../../app/divisions';
import { errorMessage } from '../../app/errors';
import { InstitutionHistoryDrawer, PERIOD_STATUS_LABELS, PeriodStatusTag } from '../../components';
import { ReportingComplianceQuery, ReportingComplianceSummaryQuery, RunComplianceJobMutation } from '../../graphql/compliance';
import type {
  ReportPeriodStatus,
  ReportingComplianceFilter,
  ReportingComplianceQuery as ComplianceData,
  ReportingComplianceSummaryQuery as SummaryData,
} from '../../graphql/generated/graphql';
import { downloadFile, restErrorText } from '../../app/rest';

type Row = ComplianceData['reportingCompliance']['edges'][number]['node'];
type SummaryRow = SummaryData['reportingComplianceSummary']['rows'][number];

interface FilterValues {
  division?: string[];
  text?: string;
  latestStatus?: ReportPeriodStatus;
  minConsecutiveMisses?: number;
}

function toFilter(v: FilterValues): ReportingComplianceFilter {
  const filter: ReportingComplianceFilter = {};
  const division = v.division?.[v.division.length - 1];
  if (division) filter.divisionCode = division;
  if (v.text?.trim()) filter.text = v.text.trim();
  if (v.latestStatus) filter.latestStatus = v.latestStatus;
  if (v.minConsecutiveMisses) filter.minConsecutiveMisses = v.minConsecutiveMisses;
  return filter;
}

const percent = (rate: number | null | undefined) => (rate == null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The bureau's summary: by city for the province, by county for a city (SPEC §4.1). */
function SummaryCard() {
  const { data, loading, error, refetch } = useQuery(ReportingComplianceSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const s = data?.reportingComplianceSummary;
  const columns: TableColumnsType<SummaryRow> = [
    { title: s?.groupedBy === 'COUNTY' ? '县（市、区）' : '市', dataIndex: 'name', key: 'name', width: 140 },
    { title: '在库机构', dataIndex: 'admitted', key: 'admitted', align: 'right' },
    { title: '应报', dataIndex: 'due', key: 'due', align: 'right' },
    { title: '按时', dataIndex: 'onTime', key: 'onTime', align: 'right' },
    { title: '逾期补报', dataIndex: 'late', key: 'late', align: 'right' },
    {
      title: '未填报',
      dataIndex: 'missed',
      key: 'missed',
      align: 'right',
      render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    { title: '按时率', dataIndex: 'onTimeRate', key: 'onTimeRate', align: 'right', render: percent },
    { title: '本期已提交', dataIndex: 'currentSubmitted', key: 'currentSubmitted', align: 'right' },
    { title: '通报', dataIndex: 'notices', key: 'notices', align: 'right' },
    { title: '待决定移出', dataIndex: 'pendingCases', key: 'pendingCases', align: 'right' },
  ];
  return (
    <Card
      size="small"
      title={s ? `最近截止日 ${s.latestDeadline} 填报汇总（本期截止 ${s.currentDeadline}）` : '填报汇总'}
      style={{ marginBottom: 20 }}
      data-testid="compliance-summary"
    >
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<SummaryRow>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={error ? [] : (s?.rows ?? [])}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '暂无在库机构' }}
        summary={() =>
          s ? (
            <Table.Summary.Row className="summary-total">
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {[s.total.admitted, s.total.due, s.total.onTime, s.total.late, s.total.missed].map((n, i) => (
                <Table.Summary.Cell key={i} index={i + 1} align="right">
                  {n}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={6} align="right">
                {percent(s.total.onTimeRate)}
              </Table.Summary.Cell>
              {[s.total.currentSubmitted, s.total.notices, s.total.pendingCases].map((n, i) => (
                <Table.Summary.Cell key={i} index={i + 7} align="right">
                  {n}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}

/** 填报监测 (Art. 10): institutions × the last four closed periods and the current one; red for missed. */
export function ReportingCompliancePage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const divisions = useDivisionOptions(user);
  const [filter, setFilter] = useState<ReportingComplianceFilter>({});
  const list = useConnectionQuery(ReportingComplianceQuery, { variables: { filter }, select: (d) => d.reportingCompliance });
  const history = useDialog<{ id: string; name: string }>();
  const [exporting, setExporting] = useState(false);
  const [run, running] = useMutation(RunComplianceJobMutation, {
    refetchQueries: ['ReportingCompliance', 'ReportingComplianceSummary', 'WorkQueueCounts'],
  });
  const province = user.role === 'PROVINCE';
  const deadlines = list.rows[0]?.periods.map((p) => p.deadline) ?? [];

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const qs = new URLSearchParams();
      if (filter.divisionCode) qs.set('divisionCode', filter.divisionCode);
      if (filter.text) qs.set('text', filter.text);
      if (filter.minConsecutiveMisses) qs.set('minConsecutiveMisses', String(filter.minConsecutiveMisses));
      const name = await downloadFile(`/api/exports/reporting-compliance.xlsx?${qs}`, '填报监测.xlsx');
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setExporting(false);
    }
  };

  const runNow = async () => {
    try {
      const r = (await run()).data?.runComplianceJob;
      if (r)
        message.success(
          `已执行（${r.date}）：新发通报 ${r.noticesIssued} 条，新发起移出案件 ${r.casesOpened} 件，执行移出 ${r.removalsApplied} 家`,
        );
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '服务机构',
      key: 'name',
      fixed: 'left',
      width: 240,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.institutionName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.uscc}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '地区', key: 'division', width: 120, render: (_, r) => r.division?.name ?? '—' },
    { title: '入库日期', dataIndex: 'admittedOn', key: 'admittedOn', width: 110 },
    ...[0, 1, 2, 3].map((i) => ({
      title: deadlines[i] ? `${deadlines[i]} 期` : `第 ${i + 1} 期`,
      key: `p${i}`,
      width: 120,
      onCell: (r: Row) => ({ className: r.periods[i]?.status === 'MISSED' ? 'cell-missed' : undefined }),
      render: (_: unknown, r: Row) => <PeriodStatusTag status={r.periods[i]?.status ?? null} submittedOn={r.periods[i]?.submittedOn} />,
    })),
    {
      title: '本期',
      key: 'current',
      width: 130,
      render: (_, r) => (
        <Space size={4}>
          <PeriodStatusTag status={r.current.status} submittedOn={r.current.submittedOn} />
        </Space>
      ),
    },
    {
      title: '连续未按规定填报',
      dataIndex: 'consecutiveMisses',
      key: 'consecutiveMisses',
      width: 140,
      align: 'center',
      render: (n: number) =>
        n >= MISSED_PERIODS_FOR_NOTICE ? (
          <Tag color="red" data-testid="consecutive-misses">
            {n} 期
          </Tag>
        ) : (
          <span data-testid="consecutive-misses">{n}</span>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          icon={<HistoryOutlined />}
          onClick={() => history.show({ id: r.institutionId, name: r.institutionName })}
        >
          动态记录
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title="填报监测"
      extra={
        <Space>
          {province ? (
            <Popconfirm
              title="立即执行填报监测？"
              description="对截至今天的截止日：连续2期未按规定填报的发通报，连续3期的发起移出案件；重复执行不会重复记录。"
              okText="执行"
              cancelText="取消"
              onConfirm={runNow}
            >
              <Button icon={<ThunderboltOutlined />} loading={running.loading} data-testid="run-compliance">
                立即执行
              </Button>
            </Popconfirm>
          ) : null}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="compliance-export">
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        截止日当天提交为按时；逾期补报仍计为未按规定填报（第十条）。连续2期未按规定填报通报，连续3期移出服务资源库。
      </Typography.Paragraph>
      <SummaryCard />
      <FilterForm<FilterValues>
        name="complianceFilter"
        typed={['text']}
        onApply={(v) => setFilter(toFilter(v))}
        data-testid="compliance-filters"
      >
        <Form.Item name="division" label="地区">
          <Cascader
            options={divisions.options}
            loading={divisions.loading}
            changeOnSelect
            showSearch={divisionSearch}
            placeholder="全部地区"
            style={{ width: 200 }}
            allowClear
          />
        </Form.Item>
        <Form.Item name="text" label="机构">
          <Input placeholder="名称或统一社会信用代码" allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="latestStatus" label="最近一期">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 130 }}
            options={(['ON_TIME', 'LATE', 'MISSED'] as const).map((s) => ({ value: s, label: PERIOD_STATUS_LABELS[s] }))}
            data-testid="filter-latest-status"
          />
        </Form.Item>
        <Form.Item name="minConsecutiveMisses" label="连续未报">
          <Select
            allowClear
            placeholder="不限"
            style={{ width: 120 }}
            options={[1, 2, 3].map((n) => ({ value: n, label: `≥ ${n} 期` }))}
            data-testid="filter-misses"
          />
        </Form.Item>
      </FilterForm>
      <CursorTable<Row>
        list={list}
        rowKey="institutionId"
        columns={columns}
        scroll={{ x: 1300 }}
        emptyText="没有符合条件的在库机构"
        data-testid="compliance-table"
      />
      <InstitutionHistoryDrawer key={history.key} institution={history.open ? (history.value ?? null) : null} onClose={history.hide} />
    </PageContainer>
  );
}
