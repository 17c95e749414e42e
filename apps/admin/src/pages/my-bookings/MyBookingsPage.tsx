import { StarOutlined } from '@ant-design/icons';
import { Button, Rate, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { dateTime } from '../../app/format';
import { Link, useSearchParams } from 'react-router';
import { CursorTable, ExportButton, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import { BOOKING_STATUS_COLORS, BOOKING_STATUS_LABELS } from '../../app/labels';
import { MyBookingsQuery } from '../../graphql/bookings';
import type { BookingFieldsFragment, BookingSortField, BookingStatus } from '../../graphql/generated/graphql';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { BookingDetails, DeadlineCell } from '../../components';
import { CancelBookingButton } from './components/CancelBookingButton';
import { RateModal } from './components/RateModal';

type TabKey = BookingStatus | 'ALL';
const TABS: readonly TabKey[] = ['ALL', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED'];
const SORT_FIELDS: readonly BookingSortField[] = ['ID', 'REQUEST_DATE', 'RESPONSE_DEADLINE', 'PRODUCT_NAME', 'STATUS'];

/** 我的预约: the enterprise's bookings, their answers, and a rating once a service is completed. */
export function MyBookingsPage() {
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'ALL';
  const setTab = (k: TabKey) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('tab', k);
      next.delete('pages');
      return next;
    });
  // Tab, sort, page size and page in the URL.
  const view = useListUrlState<object, BookingSortField>({ sortFields: SORT_FIELDS });
  const filter = tab === 'ALL' ? {} : { status: tab };
  const rating = useDialog<BookingFieldsFragment>();
  const list = useConnectionQuery(MyBookingsQuery, { variables: { filter }, state: view, select: (d) => d.myBookings });

  const columns: TableColumnsType<BookingFieldsFragment> = [
    {
      title: '服务机构',
      key: 'institution',
      width: 200,
      render: (_, b) => (b.institution ? <Link to={`/registry/${b.institution.id}`}>{b.institution.name}</Link> : '—'),
    },
    { title: '服务产品', dataIndex: 'productName', key: 'PRODUCT_NAME', sorter: true, width: 180 },
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
      key: 'ID',
      sorter: true,
      width: 140,
      render: (v: string) => dateTime(v),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'STATUS',
      sorter: true,
      width: 100,
      render: (v: BookingStatus, b) => (
        <Tooltip title={b.responseNote ? `${v === 'DECLINED' ? '拒绝理由' : '机构答复'}：${b.responseNote}` : undefined}>
          <Tag color={BOOKING_STATUS_COLORS[v]} data-testid="cell-status">
            {BOOKING_STATUS_LABELS[v]}
          </Tag>
        </Tooltip>
      ),
    },
    { title: '机构响应期限', key: 'RESPONSE_DEADLINE', sorter: true, width: 150, render: (_, b) => <DeadlineCell booking={b} /> },
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
            <Button type="primary" ghost size="small" icon={<StarOutlined />} onClick={() => rating.show(b)}>
              评价
            </Button>
          );
        }
        return <Typography.Text type="secondary">服务完成后可评价</Typography.Text>;
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, b) => (b.status === 'REQUESTED' ? <CancelBookingButton booking={b} /> : null),
    },
  ];

  return (
    <PageContainer
      title="我的预约"
      extra={
        <Space wrap>
          <ExportButton url={`/api/exports/my-bookings.xlsx?${listQueryString(filter, view.sort)}`} fallbackName="我的预约.xlsx" />
          <Link to="/registry">去服务资源库预约</Link>
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={[
          { key: 'ALL', label: '全部' },
          ...(['REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED'] as const).map((s) => ({ key: s, label: BOOKING_STATUS_LABELS[s] })),
        ]}
        data-testid="my-booking-tabs"
      />
      <CursorTable<BookingFieldsFragment>
        list={list}
        columns={columns}
        scroll={{ x: 1190 }}
        expandable={{ expandedRowRender: (b) => <BookingDetails booking={b} /> }}
        emptyText={
          <Space orientation="vertical">
            暂无预约<Link to="/registry">去服务资源库查找服务机构</Link>
          </Space>
        }
        data-testid="my-bookings-table"
      />
      <RateModal key={rating.key} open={rating.open} booking={rating.value} onClose={rating.hide} />
    </PageContainer>
  );
}
