import { HistoryOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { MISSED_PERIODS_FOR_NOTICE, MISSED_PERIODS_FOR_REMOVAL } from '@hebei/domain';
import { Alert, Button, Card, Col, Empty, Result, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { useCurrentUser } from '../../app/current-user';
import { ServiceReportPeriodsQuery } from '../../graphql/reports';
import { ReportForm, type Period } from './components/ReportForm';
import { InstitutionHistoryDrawer, PeriodStatusTag } from '../../components';

/**
 * 季度填报 (Art. 10): the current period with its deadline and countdown, the report form, and every period since
 * admission with 按时 / 逾期补报 / 未填报.
 */
export function ServiceReportsPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ServiceReportPeriodsQuery, { variables: {}, notifyOnNetworkStatusChange: true });
  const [editingDeadline, setEditingDeadline] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const periods = data?.serviceReportPeriods ?? [];
  const current = periods.find((p) => p.current) ?? null;
  // Looked up from the latest answer, so a saved draft's new version is what the next save sends.
  const editing = periods.find((p) => p.deadline === editingDeadline) ?? null;
  const setEditing = (p: Period | null) => setEditingDeadline(p?.deadline ?? null);

  const columns: TableColumnsType<Period> = [
    { title: '截止日', dataIndex: 'deadline', key: 'deadline', width: 120 },
    { title: '统计期间', key: 'range', width: 220, render: (_, p) => `${p.periodStart} 至 ${p.deadline}` },
    {
      title: '填报情况',
      key: 'status',
      width: 120,
      render: (_, p) => <PeriodStatusTag status={p.status} submittedOn={p.report?.status === 'SUBMITTED' ? p.report.submittedOn : null} />,
    },
    {
      title: '提交日期',
      key: 'submittedOn',
      width: 120,
      render: (_, p) => (p.report?.status === 'SUBMITTED' ? p.report.submittedOn : p.report ? '草稿' : '—'),
    },
    {
      title: '预约（收到 / 按时答复 / 完成）',
      key: 'bookings',
      width: 220,
      render: (_, p) => `${p.bookingFigures.received} / ${p.bookingFigures.answeredInTime} / ${p.bookingFigures.completed}`,
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => setEditing(p)} data-testid={`report-open-${p.deadline}`}>
          {p.writable ? (p.status === 'MISSED' ? '补报' : p.report ? '修改' : '填报') : '查看'}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title="季度填报"
      extra={
        user.institutionId ? (
          <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
            本机构动态记录
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        入库机构应于每年3月15日、6月15日、9月15日、12月15日前填报本周期服务情况（第十条），截止日当天提交为按时；逾期补报仍计为未按规定填报。
        连续{MISSED_PERIODS_FOR_NOTICE}个周期未按规定填报将被通报，连续{MISSED_PERIODS_FOR_REMOVAL}个周期将被移出服务资源库。
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {data && !periods.length ? (
        <Result status="info" title="暂无填报周期" subTitle="本机构尚未入库或已移出服务资源库，无需填报季度服务情况。" />
      ) : null}
      {current ? (
        <Card variant="outlined" style={{ marginBottom: 20 }} data-testid="current-period">
          <Row gutter={24} align="middle">
            <Col xs={24} md={6}>
              <Statistic title="本期截止日" value={current.deadline} />
            </Col>
            <Col xs={24} md={6}>
              <Statistic
                title="距截止日"
                value={current.daysLeft}
                suffix="天"
                styles={{ content: { color: current.daysLeft <= 7 ? '#d4380d' : undefined } }}
                data-testid="days-left"
              />
            </Col>
            <Col xs={24} md={6}>
              <Space orientation="vertical" size={4}>
                <Typography.Text type="secondary">本期状态</Typography.Text>
                <PeriodStatusTag status={current.status} />
              </Space>
            </Col>
            <Col xs={24} md={6} style={{ textAlign: 'right' }}>
              <Button
                type="primary"
                size="large"
                onClick={() => setEditing(current)}
                disabled={!current.writable}
                data-testid="report-current"
              >
                {current.report?.status === 'SUBMITTED' ? '修改本期报告' : current.report ? '继续填写本期报告' : '填写本期报告'}
              </Button>
            </Col>
          </Row>
          {current.report?.status === 'DRAFT' ? (
            <Alert type="warning" showIcon title="本期报告尚未提交（草稿已保存）" style={{ marginTop: 16 }} />
          ) : null}
        </Card>
      ) : null}
      {periods.length ? (
        <Table<Period>
          rowKey="deadline"
          size="middle"
          columns={columns}
          dataSource={periods}
          loading={loading}
          pagination={false}
          scroll={{ x: 900 }}
          rowClassName={(p) => (p.status === 'MISSED' || p.status === 'LATE' ? 'row-missed' : '')}
          locale={{ emptyText: <Empty description="暂无填报周期" /> }}
          data-testid="report-periods"
        />
      ) : null}
      <ReportForm period={editing} onClose={() => setEditing(null)} />
      <InstitutionHistoryDrawer
        institution={history && user.institutionId ? { id: user.institutionId, name: user.displayName } : null}
        onClose={() => setHistory(false)}
      />
    </PageContainer>
  );
}
