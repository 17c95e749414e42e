import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { dateTime } from '../format';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Role } from '../../graphql/generated/graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, MyNotificationsQuery } from '../../graphql/notifications';
import { can } from '../access';
import { useCurrentUser } from '../current-user';
import './notification-bell.css';

type Item = {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
};

/** Where a notice leads: the application, or the booking list the role works in. */
export function notificationLink(role: Role, n: Pick<Item, 'subjectType' | 'subjectId'>): string | null {
  if (n.subjectType === 'Application' && n.subjectId && can(role, 'applications.view')) return `/applications/${n.subjectId}`;
  if (n.subjectType === 'ServiceBooking') {
    if (can(role, 'bookings.handle')) return '/bookings';
    if (can(role, 'bookings.own')) return '/my-bookings';
    if (can(role, 'dashboard.view')) return '/dashboard';
  }
  // Dynamic management (issue #9): 通报 and cases lead the institution to its reports, officers to their queues.
  if (n.subjectType === 'RemovalCase') {
    if (can(role, 'removals.manage')) return '/removals';
    if (can(role, 'reports.own')) return '/service-reports';
    if (can(role, 'compliance.monitor')) return '/reporting-compliance';
  }
  if (n.subjectType === 'ChangeReport') {
    if (can(role, 'changes.verify')) return '/change-verification';
    if (can(role, 'changes.own')) return '/change-reports';
  }
  if (n.subjectType === 'Institution' && can(role, 'reports.own')) return '/service-reports';
  if (n.subjectType === 'PasswordResetRequest' && can(role, 'passwordResets.handle')) return '/password-resets';
  return null;
}

/** Every role hears about what concerns it here (reviews, admission, bookings, overdue follow-ups); opening one marks it read. */
export function NotificationBell() {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const { data, refetch } = useQuery(MyNotificationsQuery, { variables: { first: 10 }, pollInterval: 60_000 });
  const [markRead] = useMutation(MarkNotificationReadMutation);
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadMutation);
  const page = data?.myNotifications;
  const unread = page?.unreadCount ?? 0;

  const openItem = async (n: Item) => {
    setOpen(false);
    if (!n.readAt) {
      await markRead({ variables: { id: n.id } }).catch(() => undefined);
      await refetch();
    }
    const to = notificationLink(user.role, n);
    if (to) navigate(to);
  };

  const readAll = async () => {
    await markAllRead().catch(() => undefined);
    await refetch();
  };

  const panel = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel-title">
        <Typography.Text strong>站内通知</Typography.Text>
        <span>
          <Typography.Text type="secondary">{unread ? `${unread} 条未读` : '全部已读'}</Typography.Text>
          {unread ? (
            <Button
              type="link"
              size="small"
              loading={markingAll.loading}
              onClick={() => void readAll()}
              data-testid="notifications-read-all"
            >
              全部已读
            </Button>
          ) : null}
        </span>
      </div>
      {page?.edges.length ? (
        <ul className="notification-list">
          {page.edges.map(({ node: n }) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.readAt ? 'notification-item' : 'notification-item unread'}
                onClick={() => void openItem(n)}
              >
                <span className="notification-item-title">
                  {n.readAt ? null : <Badge status="processing" />}
                  {n.title}
                </span>
                <span className="notification-item-body">{n.body}</span>
                <span className="notification-item-time">{dateTime(n.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" style={{ padding: '16px 0' }} />
      )}
    </div>
  );

  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} placement="bottomRight" popupRender={() => panel}>
      <Button
        type="text"
        className="shell-bell"
        aria-label={unread ? `站内通知，${unread}条未读` : '站内通知'}
        data-testid="notification-bell"
      >
        <Badge count={unread} size="small" offset={[2, -2]}>
          <BellOutlined style={{ fontSize: 18, color: 'rgba(255, 255, 255, 0.92)' }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
