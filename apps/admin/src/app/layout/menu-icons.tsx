import {
  AppstoreOutlined, AuditOutlined, BankOutlined, BarChartOutlined, CalendarOutlined, CarryOutOutlined,
  ClusterOutlined, DashboardOutlined, DeleteRowOutlined, FileDoneOutlined, FileSearchOutlined, FileTextOutlined,
  NotificationOutlined, ProfileOutlined, ScheduleOutlined, ShopOutlined, SolutionOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuKey } from '../access';

export const MENU_ICONS: Record<MenuKey, ReactNode> = {
  dashboard: <DashboardOutlined />,
  registry: <ShopOutlined />,
  institutions: <BankOutlined />,
  'own-institution': <ProfileOutlined />,
  applications: <FileTextOutlined />,
  reviews: <FileSearchOutlined />,
  recommendations: <FileDoneOutlined />,
  batches: <ClusterOutlined />,
  notices: <NotificationOutlined />,
  evaluations: <TrophyOutlined />,
  removals: <DeleteRowOutlined />,
  products: <AppstoreOutlined />,
  cases: <SolutionOutlined />,
  bookings: <CarryOutOutlined />,
  'my-bookings': <ScheduleOutlined />,
  statistics: <BarChartOutlined />,
  calendar: <CalendarOutlined />,
  'audit-logs': <AuditOutlined />,
};

