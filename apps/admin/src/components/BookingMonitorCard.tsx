import { Card, Rate, Space, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable } from '../app/components';
import { useConnectionQuery } from '../app/connection';
import { BookingStatisticsQuery, OverdueBookingsQuery } from '../graphql/bookings';
import type { BookingFieldsFragment, BookingStatisticsQuery as StatsResult } from '../graphql/generated/graphql';
import { formatRate } from '../app/format';

type StatsRow = StatsResult['bookingStatistics']['edges'][number]['node'];

/**
 * 预约监测 for officers (PROVINCE, CITY, COUNTY), in their jurisdiction: bookings that ran past the
 * 5-working-day deadline, and each institution's response record (both feed the annual evaluation).
 */
export function BookingMonitorCard() {
  const [tab, setTab] = useState<'overdue' | 'stats'>('overdue');
  return (
    <Card
      variant="borderless"
      className="page-card"
      title="预约监测"
      style={{ marginTop: 16 }}
      id="booking-monitor"
      data-testid="booking-monitor"
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'overdue' | 'stats')}
        items={[
          { key: 'overdue', label: '逾期预约', children: <OverdueBookings /> },
          { key: 'stats', label: '机构响应统计', children: <ResponseStatistics /> },
        ]}
        destroyOnHidden
        animated={{ inkBar: true, tabPane: false }}
      />
    </Card>
  );
}

function OverdueBookings() {
  const list = useConnectionQuery(OverdueBookingsQuery, { select: (d) => d.overdueBookings });
  const columns: TableColumnsType<BookingFieldsFragment> = [
    { title: '服务机构', key: 'institution', width: 240, render: (_, b) => b.institution?.name ?? '—' },
    { title: '所在地区', key: 'division', width: 110, render: (_, b) => b.institution?.division?.name ?? '—' },
    { title: '预约企业', key: 'enterprise', width: 220, render: (_, b) => b.enterprise?.name ?? '—' },
    { title: '服务产品', dataIndex: 'productName', key: 'productName' },
    { title: '提交日期', dataIndex: 'requestDate', key: 'requestDate', width: 110 },
    { title: '响应期限', dataIndex: 'responseDeadline', key: 'responseDeadline', width: 110 },
    {
      title: '现状',
      key: 'state',
      width: 120,
      render: (_, b) => (b.status === 'REQUESTED' ? <Tag color="error">仍未响应</Tag> : <Tag color="warning">逾期后已响应</Tag>),
    },
  ];
  return (
    <CursorTable<BookingFieldsFragment>
      list={list}
      size="small"
      columns={columns}
      scroll={{ x: 1000 }}
      emptyText="辖区内暂无逾期预约"
      data-testid="overdue-bookings-table"
    />
  );
}

function ResponseStatistics() {
  const list = useConnectionQuery(BookingStatisticsQuery, { select: (d) => d.bookingStatistics });
  const columns: TableColumnsType<StatsRow> = [
    { title: '服务机构', dataIndex: 'institutionName', key: 'institutionName', width: 260 },
    { title: '收到预约', dataIndex: 'received', key: 'received', width: 90, align: 'right' },
    { title: '已响应', dataIndex: 'responded', key: 'responded', width: 80, align: 'right' },
    { title: '按时响应', dataIndex: 'respondedInTime', key: 'respondedInTime', width: 90, align: 'right' },
    {
      title: '逾期',
      dataIndex: 'overdue',
      key: 'overdue',
      width: 70,
      align: 'right',
      render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0),
    },
    {
      title: '按时响应率',
      dataIndex: 'onTimeRate',
      key: 'onTimeRate',
      width: 110,
      align: 'right',
      render: (v: number | null) => formatRate(v) ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '企业评价',
      key: 'rating',
      width: 200,
      render: (_, r) =>
        r.averageRating !== null ? (
          <Space size={6}>
            <Rate disabled allowHalf value={Math.round(r.averageRating * 2) / 2} className="quality-rate" />
            <span>
              {r.averageRating.toFixed(1)}（{r.ratingCount}条）
            </span>
          </Space>
        ) : (
          <Typography.Text type="secondary">暂无评价</Typography.Text>
        ),
    },
  ];
  return (
    <CursorTable<StatsRow>
      list={list}
      rowKey="institutionId"
      size="small"
      columns={columns}
      scroll={{ x: 900 }}
      emptyText="辖区内暂无预约记录"
      data-testid="booking-statistics-table"
    />
  );
}
