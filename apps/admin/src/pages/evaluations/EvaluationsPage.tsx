import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Drawer, Empty, Flex, Popconfirm, Progress, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../app/access';
import { CursorTable, ErrorAlert, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { errorMessage } from '../../app/errors';
import { downloadFile, restErrorText } from '../../app/rest';
import {
  EvaluationCampaignsQuery,
  EvaluationSheetsQuery,
  PublishEvaluationCampaignMutation,
  RefreshComputedIndicatorsMutation,
} from '../../graphql/evaluation';
import type { EvaluationSheetFilter, EvaluationSheetsQuery as SheetsData } from '../../graphql/generated/graphql';
import { DistributionChart } from './components/DistributionChart';
import { RubricEditor } from './components/RubricEditor';
import { GradeTag } from '../../components';
import { ScoreSheet } from './components/ScoreSheet';

type SheetRow = SheetsData['evaluationSheets']['edges'][number]['node'];
type TabKey = 'pending' | 'scored' | 'onsite' | 'results';

const FILTERS: Record<TabKey, EvaluationSheetFilter> = {
  pending: { status: 'PENDING' },
  scored: { status: 'SCORED' },
  onsite: { onSite: true },
  results: { ranked: true },
};

/** The scoring desk (年度评价): a campaign's sheets by tab, the score sheet in a drawer, results and publication. */
export function EvaluationsPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const province = can(user.role, 'evaluations.manage');
  const campaigns = useQuery(EvaluationCampaignsQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [tab, setTab] = useState<TabKey>('pending');
  const [grade, setGrade] = useState<string | undefined>();
  const [open, setOpen] = useState<string | null>(null);
  const [rubricsOpen, setRubricsOpen] = useState(false);
  const list = campaigns.data?.evaluationCampaigns.edges.map((e) => e.node) ?? [];
  const campaign = list.find((c) => c.id === chosen) ?? list.find((c) => c.status === 'OPEN') ?? list[0];
  const published = campaign?.status === 'PUBLISHED';
  const filter: EvaluationSheetFilter = {
    ...FILTERS[tab],
    ...(tab === 'results' && grade ? { grade } : {}),
    ...(published && tab === 'scored' ? { status: 'PUBLISHED' } : {}),
  };
  const sheets = useConnectionQuery(EvaluationSheetsQuery, {
    variables: { campaignId: campaign?.id ?? '0', filter },
    select: (d) => d.evaluationSheets,
    skip: !campaign,
    fetchPolicy: 'cache-and-network',
  });
  const refetchAll = { refetchQueries: ['EvaluationCampaigns', 'EvaluationSheets', 'EvaluationDistribution'] };
  const [refresh, refreshing] = useMutation(RefreshComputedIndicatorsMutation, refetchAll);
  const [publish, publishing] = useMutation(PublishEvaluationCampaignMutation, refetchAll);

  if (campaigns.error) return <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const progress = campaign?.progress;
  const bands = campaign?.rubric.bands.map((b) => b.grade) ?? [];

  const columns = [
    ...(tab === 'results'
      ? [
          {
            title: '排名',
            key: 'rank',
            width: 64,
            render: (_: unknown, __: SheetRow, k: number) => (sheets.pagination.page - 1) * sheets.pagination.pageSize + k + 1,
          },
        ]
      : []),
    {
      title: '机构名称',
      dataIndex: 'institutionName',
      render: (n: string, r: SheetRow) =>
        r.removed ? (
          <Space>
            {n}
            <Tag color="red">已移出</Tag>
          </Space>
        ) : (
          n
        ),
    },
    { title: '地区', key: 'place', render: (_: unknown, r: SheetRow) => `${r.cityName} ${r.countyName}` },
    { title: '总分', dataIndex: 'total', width: 80, render: (t: number | null) => t ?? '—' },
    { title: '等级', dataIndex: 'grade', width: 90, render: (g: string | null) => <GradeTag grade={g} /> },
    {
      title: '实地核查',
      dataIndex: 'onSitePassed',
      width: 100,
      render: (p: boolean | null) => (p == null ? '—' : p ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>),
    },
    ...(tab === 'results'
      ? [
          {
            title: '移出建议',
            dataIndex: 'removalCaseId',
            width: 90,
            render: (c: string | null) => (c ? <Tag color="red">已提出</Tag> : '—'),
          },
        ]
      : []),
    {
      title: '操作',
      key: 'op',
      width: 90,
      render: (_: unknown, r: SheetRow) => (
        <Button type="link" size="small" onClick={() => setOpen(r.id)} data-testid={`open-sheet-${r.id}`}>
          {published ? '查看' : '评分'}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title="年度评价"
      extra={
        <Space>
          <Select
            style={{ width: 220 }}
            value={campaign?.id}
            onChange={setChosen}
            options={list.map((c) => ({ value: c.id, label: `${c.name}${c.status === 'PUBLISHED' ? '（已发布）' : ''}` }))}
            data-testid="campaign-select"
          />
          {province ? (
            <Button onClick={() => setRubricsOpen(true)} data-testid="open-rubrics">
              指标体系与开启评价
            </Button>
          ) : null}
          {province && campaign && !published ? (
            <Popconfirm
              title="按最新的报告、预约和活动数据重新计算全部评分表？"
              okText="重新计算"
              cancelText="取消"
              onConfirm={async () => {
                try {
                  await refresh({ variables: { campaignId: campaign.id } });
                  message.success('已重新计算');
                } catch (e) {
                  message.error(errorMessage(e));
                }
              }}
            >
              <Button loading={refreshing.loading}>刷新计算指标</Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    >
      <Drawer open={rubricsOpen} width="min(1100px, 96vw)" title="评价指标体系" onClose={() => setRubricsOpen(false)} destroyOnHidden>
        <RubricEditor />
      </Drawer>
      {!campaign ? (
        <Empty description="尚未开启年度评价" />
      ) : (
        <>
          <Flex gap={24} align="center" wrap style={{ marginBottom: 12 }}>
            <Space>
              <Tag color={published ? 'green' : 'processing'}>{published ? '已发布（结果冻结）' : '进行中'}</Tag>
              <Typography.Text type="secondary">
                基准日 {campaign.referenceDate} · 数据截至 {campaign.computedAsOf}
              </Typography.Text>
            </Space>
            <div style={{ flex: 1, minWidth: 260 }} data-testid="evaluation-progress">
              <Typography.Text>
                已评分 {progress?.scored ?? 0} / {progress?.sheets ?? 0} 份 · 实地核查 {progress?.onSite ?? 0} 家（未通过{' '}
                {progress?.onSiteFailed ?? 0}）
              </Typography.Text>
              <Progress percent={progress?.sheets ? Math.floor((progress.scored * 100) / progress.sheets) : 0} size="small" />
            </div>
          </Flex>
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            items={[
              { key: 'pending', label: `待评分（${(progress?.sheets ?? 0) - (progress?.scored ?? 0)}）` },
              { key: 'scored', label: `已评分（${progress?.scored ?? 0}）` },
              { key: 'onsite', label: `实地核查（${progress?.onSite ?? 0}）` },
              { key: 'results', label: '结果' },
            ]}
          />
          {tab === 'results' ? (
            <>
              <DistributionChart campaignId={campaign.id} grades={bands} />
              <Flex justify="space-between" style={{ margin: '12px 0' }}>
                <Select
                  allowClear
                  placeholder="按等级筛选"
                  style={{ width: 160 }}
                  value={grade}
                  onChange={setGrade}
                  options={bands.map((g) => ({ value: g, label: g }))}
                  data-testid="grade-filter"
                />
                <Space>
                  <Button
                    onClick={async () => {
                      try {
                        await downloadFile(`/api/exports/evaluation-results.xlsx?campaignId=${campaign.id}`, `${campaign.name}结果.xlsx`);
                      } catch (e) {
                        message.error(restErrorText(e));
                      }
                    }}
                  >
                    导出结果（.xlsx）
                  </Button>
                  {province && !published ? (
                    <Popconfirm
                      title="发布评价结果？"
                      description="发布后全部分数冻结，不合格机构将提出移出建议。"
                      okText="确认发布"
                      cancelText="取消"
                      onConfirm={async () => {
                        try {
                          await publish({ variables: { input: { campaignId: campaign.id, expectedVersion: campaign.version } } });
                          message.success('评价结果已发布');
                        } catch (e) {
                          message.error(errorMessage(e));
                        }
                      }}
                    >
                      <Button type="primary" danger loading={publishing.loading} data-testid="publish">
                        发布结果
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              </Flex>
            </>
          ) : null}
          <CursorTable<SheetRow>
            list={sheets}
            data-testid="evaluation-sheets"
            emptyText={tab === 'pending' ? '没有待评分的评分表' : '暂无评分表'}
            columns={columns}
            onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
          />
          <Drawer
            open={!!open}
            width="min(1180px, 96vw)"
            title={`${campaign.name} · 评分表`}
            onClose={() => {
              setOpen(null);
              void sheets.refetch();
              void campaigns.refetch();
            }}
            destroyOnHidden
          >
            {open ? (
              <ScoreSheet
                sheetId={open}
                campaignId={campaign.id}
                asCity={!province}
                canVerify={province}
                readOnly={published}
                onOpen={(id) => {
                  setOpen(id);
                  void campaigns.refetch();
                }}
                onDone={() => {
                  setOpen(null);
                  void sheets.refetch();
                  void campaigns.refetch();
                }}
              />
            ) : null}
          </Drawer>
        </>
      )}
    </PageContainer>
  );
}
