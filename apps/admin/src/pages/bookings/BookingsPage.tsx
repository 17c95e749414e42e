import { CheckOutlined, CloseOutlined, FlagOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { dateTime } from '../../app/format';
import { useSearchParams } from 'react-router';
import { CursorTable, ExportButton, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import { BOOKING_STATUS_COLORS, BOOKING_STATUS_LABELS } from '../../app/labels';
import { BookingInboxCountsQuery, BookingInboxQuery } from '../../graphql/bookings';
import type { BookingFieldsFragment, BookingFilter, BookingSortField } from '../../graphql/generated/graphql';
import { listQueryString, useListUrlState } from '../../app/url-state';
import { BookingDetails, DeadlineCell } from '../../components';
import { RespondModal, type RespondAction } from './components/RespondModal';
import './bookings.css';
import { BOOKING_RESPONSE_WORKING_DAYS } from '@hebei/domain';

type TabKey = 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED' | 'OVERDUE' | 'ALL';

const TAB_FILTERS: Record<TabKey, BookingFilter> = {
  REQUESTED: { status: 'REQUESTED' },
  ACCEPTED: { status: 'ACCEPTED' },
  DECLINED: { status: 'DECLINED' },
  COMPLETED: { status: 'COMPLETED' },
  OVERDUE: { overdue: true },
  ALL: {},
};
const TABS = Object.keys(TAB_FILTERS) as TabKey[];
const SORT_FIELDS: readonly BookingSortField[] = ['ID', 'REQUEST_DATE', 'RESPONSE_DEADLINE', 'PRODUCT_NAME', 'STATUS'];

/** 预约处理: bookings addressed to the institution, to be answered within BOOKING_RESPONSE_WORKING_DAYS working days. */
export function BookingsPage() {
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'REQUESTED';
  const setTab = (k: TabKey) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('tab', k);
      next.delete('pages');
      return next;
    });
  // Tab, sort, page size and page in the URL (a reload or a shared link shows the same page).
  const view = useListUrlState<object, BookingSortField>({ sortFields: SORT_FIELDS });
  const responding = useDialog<{ booking: BookingFieldsFragment; action: RespondAction }>();
  const list = useConnectionQuery(BookingInboxQuery, {
    variables: { filter: TAB_FILTERS[tab] },
    state: view,
    select: (d) => d.bookingInbox,
  });
  const counts = useQuery(BookingInboxCountsQuery);
  const respond = (booking: BookingFieldsFragment, action: RespondAction) => responding.show({ booking, action });

  const columns: TableColumnsType<BookingFieldsFragment> = [
    {
      title: '企业',
      key: 'enterprise',
      width: 200,
      render: (_, b) => <span data-testid="cell-enterprise">{b.enterprise?.name ?? '—'}</span>,
    },
    {
      title: '产品',
      dataIndex: 'productName',
      key: 'PRODUCT_NAME',
      sorter: true,
      width: 200,
      render: (v: string) => <span data-testid="cell-product">{v}</span>,
    },
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
      render: (v: BookingFieldsFragment['status']) => (
        <Tag color={BOOKING_STATUS_COLORS[v]} data-testid="cell-status">
          {BOOKING_STATUS_LABELS[v]}
        </Tag>
      ),
    },
    { title: '响应期限', key: 'RESPONSE_DEADLINE', sorter: true, width: 150, render: (_, b) => <DeadlineCell booking={b} /> },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, b) => {
        if (b.status === 'REQUESTED') {
          return (
            <Space size={4}>
              <Button type="link" size="small" icon={<CheckOutlined />} onClick={() => respond(b, 'accept')}>
                接受
              </Button>
              <Button type="link" size="small" danger icon={<CloseOutlined />} onClick={() => respond(b, 'decline')}>
                拒绝
              </Button>
            </Space>
          );
        }
        if (b.status === 'ACCEPTED') {
          return (
            <Button type="link" size="small" icon={<FlagOutlined />} onClick={() => respond(b, 'complete')}>
              完成
            </Button>
          );
        }
        return <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
  ];

  const tabLabel = (label: string, count: number | undefined, danger = false) => (
    <Space size={6}>
      {label}
      {count ? <Badge count={count} color={danger ? '#ff4d4f' : '#1f5fbf'} overflowCount={999} /> : null}
    </Space>
  );

  return (
    <PageContainer
      title="预约处理"
      extra={
        <ExportButton
          url={`/api/exports/booking-inbox.xlsx?${listQueryString(TAB_FILTERS[tab], view.sort)}`}
          fallbackName="预约处理.xlsx"
        />
      }
    >
      <Typography.Paragraph type="secondary">
        收到预约后须在{BOOKING_RESPONSE_WORKING_DAYS}
        个工作日内（自提交次日起算，截止日当天24时前）接受或拒绝；逾期未响应将被记录并纳入年度评价。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={[
          { key: 'REQUESTED', label: tabLabel('待响应', counts.data?.requested.totalCount) },
          { key: 'ACCEPTED', label: '已接受' },
          { key: 'DECLINED', label: '已拒绝' },
          { key: 'COMPLETED', label: '已完成' },
          { key: 'OVERDUE', label: tabLabel('已逾期', counts.data?.overdue.totalCount, true) },
          { key: 'ALL', label: '全部' },
        ]}
        data-testid="booking-tabs"
      />
      <CursorTable<BookingFieldsFragment>
        list={list}
        columns={columns}
        scroll={{ x: 1080 }}
        expandable={{ expandedRowRender: (b) => <BookingDetails booking={b} />, expandRowByClick: false }}
        rowClassName={(b) => (b.status === 'REQUESTED' && b.overdue ? 'row-overdue' : '')}
        emptyText={tab === 'REQUESTED' ? '暂无待响应的预约' : '暂无预约'}
        data-testid="bookings-table"
      />
      <RespondModal
        key={responding.key}
        open={responding.open}
        booking={responding.value?.booking}
        action={responding.value?.action ?? 'accept'}
        onClose={responding.hide}
      />
    </PageContainer>
  );
}
