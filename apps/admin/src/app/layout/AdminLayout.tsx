import { KeyOutlined, LogoutOutlined, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Divider, Flex, Layout, Menu, Result, Spin, Tag, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { Navigate, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { ChangePasswordForm } from '../../components';
import { MeQuery } from '../../graphql/auth';
import { menuFor } from '../access';
import { RouteLoading } from '../components/RouteLoading';
import { CurrentUserContext, type CurrentUser } from '../current-user';
import { errorCode, errorMessage } from '../errors';
import { ROLE_LABELS, SYSTEM_NAME } from '../labels';
import { session, useToken } from '../session';
import { MENU_ICONS } from './menu-icons';
import { useMenuBadges } from './menu-badges';
import { NotificationBell } from './NotificationBell';

const { Header, Sider, Content } = Layout;

/** Everything behind the login: resolves the session, then renders the shell around the page. */
export function AdminLayout() {
  const token = useToken();
  const location = useLocation();
  if (!token) {
    const from = session.endReason() === 'logout' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <SignedIn />;
}

function SignedIn() {
  const { data, error, refetch } = useQuery(MeQuery);
  // With a one-time password the API answers nothing else: the user changes it before the shell opens.
  if (data?.me?.mustChangePassword) return <ForcedPasswordChange user={data.me} onDone={() => void refetch()} />;
  if (data?.me) {
    return (
      <CurrentUserContext.Provider value={data.me}>
        <Shell user={data.me} />
      </CurrentUserContext.Provider>
    );
  }
  // UNAUTHENTICATED is handled by the session guard (token cleared → redirect); render nothing meanwhile.
  if (error && errorCode(error) !== 'UNAUTHENTICATED') {
    return (
      <Result
        status="error"
        title="无法加载用户信息"
        subTitle={errorMessage(error)}
        extra={
          <Button type="primary" onClick={() => void refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description="正在加载…" />
    </Flex>
  );
}

function ForcedPasswordChange({ user, onDone }: { user: CurrentUser; onDone: () => void }) {
  const client = useApolloClient();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Card title={`${SYSTEM_NAME} · 修改初始密码`} style={{ width: 480 }} data-testid="forced-password-change">
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${user.displayName}（${user.username}）正在使用一次性密码登录，或密码已超过有效期，请先设置新密码。`}
        />
        <ChangePasswordForm username={user.username} onDone={onDone} />
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={() => {
            session.clear('logout');
            void client.clearStore();
          }}
        >
          退出登录
        </Button>
      </Card>
    </Flex>
  );
}

function Shell({ user }: { user: CurrentUser }) {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const { message } = App.useApp();
  const menu = useMemo(() => menuFor(user.role, user.orgAdmin), [user.role, user.orgAdmin]);
  const withBadge = useMenuBadges(user.role);
  // One Suspense boundary per route: its first visit shows 正在加载… while the page's chunk loads. (A boundary
  // already on screen would keep the previous page, or nothing, through the router's transition instead.)
  const matches = useMatches();
  const routeId = matches[matches.length - 1]?.id;
  // An officer reaches an application from the review queues, so that menu stays highlighted there.
  const selected =
    menu.find((m) => location.pathname === m.path || location.pathname.startsWith(`${m.path}/`)) ??
    (location.pathname.startsWith('/applications/') ? menu.find((m) => m.key === 'reviews') : undefined);

  const logout = () => {
    session.clear('logout');
    void client.clearStore();
    message.success('已退出登录');
  };

  return (
    <Layout className="shell">
      <Header className="shell-header">
        <Flex align="center" gap={12} className="shell-brand">
          <span className="shell-emblem" aria-hidden>
            冀
          </span>
          <Typography.Text className="shell-title" data-testid="system-name">
            {SYSTEM_NAME}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={4} className="shell-user" data-testid="current-user">
          <NotificationBell />
          <UserOutlined />
          <span className="shell-user-name" data-testid="current-user-name">
            {user.displayName}
          </span>
          <Tag color="blue" variant="filled" style={{ marginInlineStart: 8 }} data-testid="current-user-role">
            {ROLE_LABELS[user.role]}
          </Tag>
          {user.division ? (
            <span className="shell-user-division" data-testid="current-user-division">
              {user.division.name}
            </span>
          ) : null}
          <Divider orientation="vertical" className="shell-divider" />
          <Button
            type="text"
            icon={<QuestionCircleOutlined />}
            className="shell-logout"
            onClick={() => navigate('/help')}
            aria-label="帮助"
            data-testid="header-help"
          >
            帮助
          </Button>
          <Button
            type="text"
            icon={<KeyOutlined />}
            className="shell-logout"
            onClick={() => navigate('/change-password')}
            aria-label="修改密码"
          >
            修改密码
          </Button>
          <Button type="text" icon={<LogoutOutlined />} className="shell-logout" onClick={logout} aria-label="退出登录">
            退出登录
          </Button>
        </Flex>
      </Header>
      <Layout>
        <Sider width={208} theme="light" breakpoint="lg" collapsedWidth={64} className="shell-sider">
          <Menu
            mode="inline"
            aria-label="主菜单"
            data-testid="side-menu"
            selectedKeys={selected ? [selected.key] : []}
            onClick={({ key }) => {
              const entry = menu.find((m) => m.key === key);
              if (entry) navigate(entry.path);
            }}
            items={menu.map((m) => ({
              key: m.key,
              icon: MENU_ICONS[m.key],
              label: withBadge(m.key, m.label),
              'data-testid': `menu-${m.key}`,
            }))}
          />
        </Sider>
        <Content className="shell-content">
          <Suspense key={routeId} fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
