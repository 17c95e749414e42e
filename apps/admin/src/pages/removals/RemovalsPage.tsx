import { MISSED_PERIODS_FOR_REMOVAL, REENTRY_BAN_YEARS } from '@hebei/domain';
import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_COLORS,
  CASE_STATUS_LABELS,
  EvidenceLinks,
  InstitutionHistoryDrawer,
  REASON_SHORT,
} from '../../components';
import type { RemovalCaseStatus } from '../../graphql/generated/graphql';
import { RemovalCasesQuery } from '../../graphql/removals';
import { DecideCaseModal, OpenCaseModal, WithdrawCaseModal, type RemovalCase } from './components/CaseDialogs';

const TABS: { key: string; label: string; statuses: RemovalCaseStatus[] }[] = [
  { key: 'pending', label: '待决定', statuses: ['PENDING'] },
  { key: 'removed', label: '已移出', statuses: ['DECIDED', 'REMOVED'] },
  { key: 'withdrawn', label: '已撤销', statuses: ['WITHDRAWN'] },
];

function CaseDetails({ c }: { c: RemovalCase }) {
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { key: 'desc', label: '事实与依据', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span> },
        { key: 'evidence', label: '证明材料', span: 2, children: <EvidenceLinks files={c.evidence} /> },
        ...(c.triggerDeadline
          ? [{ key: 'run', label: '未按规定填报', span: 2, children: `${c.runStartDeadline ?? ''} 至 ${c.triggerDeadline}` }]
          : []),
        ...(c.decidedAt
          ? [
              { key: 'meeting', label: '会议', children: c.meetingDate ? `${c.meetingDate}（${c.meetingMinuteRef ?? ''}）` : '直接移出' },
              { key: 'decided', label: '决定', children: `${c.decidedAt.slice(0, 10)} ${c.decidedByName ?? ''}` },
              { key: 'note', label: '决定意见', span: 2, children: c.decisionNote ?? '—' },
              { key: 'bookings', label: '关闭的预约', children: c.closedBookings },
            ]
          : []),
        ...(c.withdrawnAt
          ? [{ key: 'withdrawn', label: '撤销', span: 2, children: `${c.withdrawnAt.slice(0, 10)}：${c.withdrawReason ?? ''}` }]
          : []),
      ]}
    />
  );
}

/** 移出管理 (Art. 10–12): cases waiting for a decision, removed, withdrawn; PROVINCE opens, decides or withdraws. */
export function RemovalsPage() {
  const [tab, setTab] = useState('pending');
  const statuses = TABS.find((t) => t.key === tab)?.statuses ?? ['PENDING'];
  const list = useConnectionQuery(RemovalCasesQuery, {
    variables: { filter: { statuses } },
    select: (d) => d.removalCases,
    fetchPolicy: 'cache-and-network',
  });
  const [opening, setOpening] = useState(false);
  const decide = useDialog<RemovalCase>();
  const withdraw = useDialog<RemovalCase>();
  const history = useDialog<{ id: string; name: string }>();

  const columns: TableColumnsType<RemovalCase> = [
    {
      title: '服务机构',
      key: 'institution',
      width: 240,
      render: (_, c) => (
        <>
          <Typography.Text strong>{c.institution?.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.division?.name ?? ''} {c.institution?.uscc}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: '移出原因',
      key: 'reason',
      width: 180,
      render: (_, c) => (
        <Space size={4} wrap>
          <span>{REASON_SHORT[c.reason]}</span>
          {c.bansReentry ? <Tag color="volcano">禁入2年</Tag> : null}
        </Space>
      ),
    },
    { title: '来源', key: 'source', width: 90, render: (_, c) => CASE_SOURCE_LABELS[c.source] },
    { title: '发起日期', dataIndex: 'openedOn', key: 'openedOn', width: 110 },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, c) => (
        <Tag color={CASE_STATUS_COLORS[c.status]} data-testid="case-status">
          {CASE_STATUS_LABELS[c.status]}
        </Tag>
      ),
    },
    ...(tab === 'removed'
      ? [
          { title: '生效日期', dataIndex: 'effectiveDate', key: 'effectiveDate', width: 110 },
          { title: '禁入至', key: 'banUntil', width: 110, render: (_: unknown, c: RemovalCase) => c.banUntil ?? '—' },
        ]
      : []),
    {
      title: '操作',
      key: 'actions',
      width: 230,
      render: (_, c) => (
        <Space size={0}>
          {c.status === 'PENDING' ? (
            <>
              <Button type="link" size="small" danger onClick={() => decide.show(c)} data-testid={`case-decide-${c.id}`}>
                {c.needsMeeting ? '会议决定' : '直接移出'}
              </Button>
              <Button type="link" size="small" onClick={() => withdraw.show(c)} data-testid={`case-withdraw-${c.id}`}>
                撤销
              </Button>
            </>
          ) : null}
          {c.institution ? (
            <Button
              type="link"
              size="small"
              icon={<HistoryOutlined />}
              onClick={() => c.institution && history.show({ id: c.institution.id, name: c.institution.name })}
            >
              动态记录
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title="移出管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="case-new">
          发起移出案件
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        连续{MISSED_PERIODS_FOR_REMOVAL}
        个周期未按规定填报、重大变化后不再符合入库条件、年度评价不合格的，经会议研究决定移出；存在第十二条第二款情形的直接移出，
        {REENTRY_BAN_YEARS}年内不得再次申请入库。
      </Typography.Paragraph>
      <Tabs activeKey={tab} onChange={setTab} items={TABS.map((t) => ({ key: t.key, label: t.label }))} data-testid="removal-tabs" />
      <CursorTable<RemovalCase>
        list={list}
        columns={columns}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowRender: (c) => <CaseDetails c={c} /> }}
        emptyText={tab === 'pending' ? '没有待决定的移出案件' : '暂无记录'}
        data-testid="removal-cases-table"
      />
      <OpenCaseModal open={opening} onClose={() => setOpening(false)} />
      <DecideCaseModal key={`d${decide.key}`} value={decide.value} open={decide.open} onClose={decide.hide} />
      <WithdrawCaseModal key={`w${withdraw.key}`} value={withdraw.value} open={withdraw.open} onClose={withdraw.hide} />
      <InstitutionHistoryDrawer key={history.key} institution={history.open ? (history.value ?? null) : null} onClose={history.hide} />
    </PageContainer>
  );
}
