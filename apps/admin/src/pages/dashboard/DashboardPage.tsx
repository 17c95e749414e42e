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
import { BookingMonitorCard, CalendarBanner } from '../../components';

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
