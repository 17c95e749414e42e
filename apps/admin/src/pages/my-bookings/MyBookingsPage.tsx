import { StarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Rate, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { CursorPager } from '../../app/components/CursorPager';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { BOOKING_STATUS_COLORS, BOOKING_STATUS_LABELS } from '../../app/labels';
import { useCursorPagination } from '../../app/pagination';
import { MyBookingsQuery } from '../../graphql/bookings';
import type { BookingFieldsFragment, BookingStatus } from '../../graphql/generated/graphql';
import { BookingDetails, DeadlineCell } from '../../components';
import { RateModal } from './components/RateModal';

type TabKey = BookingStatus | 'ALL';

/** 我的预约: the enterprise's bookings, their answers, and a rating once a service is completed. */
export function MyBookingsPage() {
  const [tab, setTab] = useState<TabKey>('ALL');
  const pagination = useCursorPagination();
  const [rating, setRating] = useState<BookingFieldsFragment | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(MyBookingsQuery, {
    variables: { first: pagination.first, after: pagination.after, filter: tab === 'ALL' ? {} : { status: tab } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.myBookings;

  const columns: TableColumnsType<BookingFieldsFragment> = [
    {
      title: '服务机构',
      key: 'institution',
      width: 200,
      render: (_, b) => (b.institution ? <Link to={`/registry/${b.institution.id}`}>{b.institution.name}</Link> : '—'),
    },
    { title: '服务产品', dataIndex: 'productName', key: 'productName', width: 180 },
    {
      title: '需求',
      dataIndex: 'need',
      key: 'need',
      ellipsis: { showTitle: false },
      render: (v: string) => (
        <Tooltip title={v} placement="topLeft">
          {v}
        </Tooltip>
      ),
    },
    {
      title: '申请时间',
      dataIndex: 'requestedAt',
      key: 'requestedAt',
      width: 140,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (v: BookingStatus, b) => (
        <Tooltip title={b.responseNote ? `${v === 'DECLINED' ? '拒绝理由' : '机构答复'}：${b.responseNote}` : undefined}>
          <Tag color={BOOKING_STATUS_COLORS[v]} data-testid="cell-status">
            {BOOKING_STATUS_LABELS[v]}
          </Tag>
        </Tooltip>
      ),
    },
    { title: '机构响应期限', key: 'deadline', width: 150, render: (_, b) => <DeadlineCell booking={b} /> },
    {
      title: '评价',
      key: 'rating',
      width: 150,
      render: (_, b) => {
        if (b.rating) {
          return (
            <Tooltip title={b.ratingComment || undefined}>
              <span data-testid="cell-rating">
                <Rate disabled value={b.rating} className="quality-rate" />
              </span>
            </Tooltip>
          );
        }
        if (b.status === 'COMPLETED') {
          return (
            <Button type="primary" ghost size="small" icon={<StarOutlined />} onClick={() => setRating(b)}>
              评价
            </Button>
          );
        }
        return <Typography.Text type="secondary">服务完成后可评价</Typography.Text>;
      },
    },
  ];

  return (
    <PageContainer title="我的预约" extra={<Link to="/registry">去服务资源库预约</Link>}>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as TabKey);
          pagination.reset();
        }}
        items={[
          { key: 'ALL', label: '全部' },
          ...(['REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED'] as const).map((s) => ({ key: s, label: BOOKING_STATUS_LABELS[s] })),
        ]}
        data-testid="my-booking-tabs"
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<BookingFieldsFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={error ? [] : (connection?.edges.map((e) => e.node) ?? [])}
        loading={loading}
        pagination={false}
        scroll={{ x: 1080 }}
        expandable={{ expandedRowRender: (b) => <BookingDetails booking={b} /> }}
        locale={{
          emptyText: (
            <Space orientation="vertical">
              暂无预约<Link to="/registry">去服务资源库查找服务机构</Link>
            </Space>
          ),
        }}
        data-testid="my-bookings-table"
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <RateModal booking={rating} onClose={() => setRating(null)} />
    </PageContainer>
  );
}
