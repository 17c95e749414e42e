import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { can, menuFor } from '../../app/access';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { jurisdictionLabel, useCurrentUser } from '../../app/current-user';
import { ROLE_LABELS } from '../../app/labels';
import { useToday } from '../../app/today';
import { MENU_ICONS } from '../../app/layout/menu-icons';
import { InstitutionStatsQuery } from '../../graphql/institutions';
import { ApplicationQueueCountsQuery } from '../../graphql/applications';
import type { ReviewQueue } from '../../graphql/generated/graphql';
import { REVIEW_QUEUE_LABELS } from '../../app/labels';
import { OWN_REVIEW_QUEUE } from '../../app/review-queues';
import { BookingMonitorCard, CalendarBanner, PeriodStatusTag } from '../../components';
import { InstitutionTodoQuery } from '../../graphql/dashboard';
import { WorkQueueCountsQuery } from '../../graphql/reports';

function greeting(hour: number): string {
  if (hour < 6) return '您好';
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export function DashboardPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const officer = can(user.role, 'institutions.view') && user.role !== 'ANALYST';
  const now = dayjs();
  // The date is the API's (APP_NOW in development), like every deadline the pages show; the greeting is the viewer's hour.
  const today = useToday();
  const shortcuts = menuFor(user.role).filter((m) => m.key !== 'dashboard');

  return (
    <div className="page">
      {user.role === 'PROVINCE' ? <CalendarBanner /> : null}
      <Card variant="borderless" className="page-card" style={{ marginBottom: 16 }} data-testid="welcome-card">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {greeting(now.hour())}，{user.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          欢迎使用河北省优质中小企业服务资源库。今天是 {dayjs(today ?? now).format('YYYY年M月D日 dddd')}。
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'role', label: '角色', children: <Tag color="blue">{ROLE_LABELS[user.role]}</Tag> },
            {
              key: 'scope',
              label: user.role === 'INSTITUTION' ? '所属机构' : '管辖范围',
              children: user.role === 'INSTITUTION' ? user.displayName : jurisdictionLabel(user),
            },
            { key: 'account', label: '登录账号', children: user.username },
          ]}
        />
      </Card>
      {OWN_REVIEW_QUEUE[user.role] ? <TodoCard /> : null}
      {user.role === 'INSTITUTION' ? <InstitutionTodoCard /> : null}
      {officer ? <OfficerStats /> : null}
      <Card variant="borderless" title="常用功能" className="page-card">
        <Row gutter={[12, 12]}>
          {shortcuts.map((m) => (
            <Col key={m.key} xs={12} md={8} xl={6}>
              <Card size="small" hoverable onClick={() => navigate(m.path)} className="shortcut-card">
                <span className="shortcut-icon">{MENU_ICONS[m.key]}</span>
                <span>{m.label}</span>
                {m.planned ? <Tag style={{ marginInlineStart: 8 }}>建设中</Tag> : null}
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      {can(user.role, 'bookings.monitor') ? <BookingMonitorCard /> : null}
    </div>
  );
}

function OfficerStats() {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InstitutionStatsQuery);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const items = [
    { key: 'all', title: '辖区服务机构', value: data?.all.totalCount },
    { key: 'admitted', title: '已入库', value: data?.admitted.totalCount },
    { key: 'applicants', title: '申请中', value: data?.applicants.totalCount },
  ];
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      {items.map((s) => (
        <Col key={s.key} xs={24} md={8}>
          <Card variant="borderless" className="page-card" hoverable onClick={() => navigate('/institutions')}>
            <Statistic title={s.title} value={s.value ?? 0} loading={loading} suffix="家" />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 待办: what waits for this officer, per queue, each a link to its tab (the same counts as the review tabs). */
function TodoCard() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ApplicationQueueCountsQuery, {
    variables: { filter: {} },
    fetchPolicy: 'cache-and-network',
  });
  const work = useQuery(WorkQueueCountsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const queues: ReviewQueue[] = [OWN_REVIEW_QUEUE[user.role]!, ...(user.role === 'PROVINCE' ? (['PENDING_NOTICE'] as const) : [])];
  const count = (q: ReviewQueue) => data?.applicationQueueCounts.find((c) => c.queue === q)?.count ?? 0;
  const w = work.data?.workQueueCounts;
  // The other queues of this officer (the menu badges' counts), each shown where the role has the page.
  const others: { key: string; title: string; value: number | undefined; path: string; show: boolean }[] = [
    {
      key: 'objections',
      title: '待处理异议',
      value: w?.objectionsPending,
      path: '/notices?tab=objections',
      show: user.role === 'PROVINCE',
    },
    { key: 'removals', title: '待决定移出案件', value: w?.removalCasesPending, path: '/removals', show: user.role === 'PROVINCE' },
    { key: 'changes', title: '待核实变化报告', value: w?.changeReportsToVerify, path: '/change-verification', show: user.role === 'CITY' },
    {
      // Officers have no 预约处理 page: the overdue bookings of their places are the 预约监测 card further down.
      key: 'overdue',
      title: '逾期未答复预约',
      value: w?.overdueBookingsOpen,
      path: '#booking-monitor',
      show: can(user.role, 'bookings.monitor'),
    },
    {
      key: 'resets',
      title: '待处理密码重置申请',
      value: w?.passwordResetsPending,
      path: '/password-resets?f.status=PENDING',
      show: can(user.role, 'passwordResets.handle'),
    },
  ];
  const open = (path: string) =>
    path.startsWith('#') ? document.getElementById(path.slice(1))?.scrollIntoView({ block: 'start' }) : navigate(path);
  return (
    <Card variant="borderless" title="待办" className="page-card" style={{ marginBottom: 16 }} data-testid="todo-card">
      <Row gutter={[16, 16]}>
        {queues.map((q) => (
          <Col key={q} xs={24} sm={12} md={8} xl={6}>
            <Card size="small" hoverable onClick={() => navigate(`/reviews?queue=${q}`)} data-testid={`todo-${q}`}>
              <Statistic title={REVIEW_QUEUE_LABELS[q]} value={count(q)} loading={loading} suffix="件" />
            </Card>
          </Col>
        ))}
        {others
          .filter((o) => o.show)
          .map((o) => (
            <Col key={o.key} xs={24} sm={12} md={8} xl={6}>
              <Card size="small" hoverable onClick={() => open(o.path)} data-testid={`todo-${o.key}`}>
                <Statistic title={o.title} value={o.value ?? 0} loading={work.loading && !w} suffix="件" />
              </Card>
            </Col>
          ))}
      </Row>
    </Card>
  );
}

interface TodoItem {
  key: string;
  title: string;
  value: number | string;
  suffix?: string;
  note?: React.ReactNode;
  danger?: boolean;
  /** The page the item opens; unread notices open the bell instead. */
  path?: string;
}

const openBell = () => document.querySelector<HTMLElement>('[data-testid="notification-bell"]')?.click();

/** The institution's 待办 (issue #12 item 2), shaped like the officers': one card per item, each a link to its page. */
function InstitutionTodoCard() {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InstitutionTodoQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // The server sorts the waiting bookings by deadline: the first is the nearest, whatever their number.
  const nearest = data?.requestedBookings.edges[0]?.node;
  const period = data?.serviceReportPeriods.find((p) => p.current);
  const items: TodoItem[] = [
    { key: 'bookings', title: '待响应预约', value: data?.requestedBookings.totalCount ?? 0, suffix: '件', path: '/bookings' },
    {
      key: 'deadline',
      title: '最近响应截止',
      value: nearest ? (nearest.overdue ? '已逾期' : `剩余 ${nearest.remainingWorkingDays ?? 0} 个工作日`) : '—',
      note: nearest ? `截止日 ${nearest.responseDeadline}` : '暂无待响应的预约',
      danger: !!nearest && (nearest.overdue || (nearest.remainingWorkingDays ?? 0) <= 1),
      path: '/bookings',
    },
    {
      key: 'report',
      title: '本期季度报告',
      value: period?.daysLeft != null ? `剩余 ${period.daysLeft} 天` : '—',
      note: period ? (
        <>
          截止日 {period.deadline} <PeriodStatusTag status={period.status ?? null} />
        </>
      ) : (
        '暂无填报期'
      ),
      danger: period?.daysLeft != null && period.daysLeft <= 7 && period.status === 'OPEN',
      path: '/service-reports',
    },
    {
      key: 'changes',
      title: '待核实的重大变化报告',
      value: data?.openChangeReports.totalCount ?? 0,
      suffix: '件',
      path: '/change-reports',
    },
    { key: 'notices', title: '未读通知', value: data?.myNotifications.unreadCount ?? 0, suffix: '条' },
  ];
  return (
    <Card variant="borderless" title="待办" className="page-card" style={{ marginBottom: 16 }} data-testid="todo-card">
      <Row gutter={[16, 16]}>
        {items.map((t) => (
          <Col key={t.key} xs={24} sm={12} xl={8}>
            <Card size="small" hoverable onClick={() => (t.path ? navigate(t.path) : openBell())} data-testid={`todo-${t.key}`}>
              <Statistic
                title={t.title}
                value={t.value}
                loading={loading && !data}
                suffix={t.suffix}
                valueStyle={t.danger ? { color: '#cf1322' } : undefined}
              />
              {t.note ? <Typography.Text type="secondary">{t.note}</Typography.Text> : null}
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
