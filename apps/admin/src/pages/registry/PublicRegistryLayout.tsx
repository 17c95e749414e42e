import { LoginOutlined, QuestionCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { SYSTEM_NAME } from '../../app/labels';
import { useToken } from '../../app/session';
import './registry.css';

/** The registry for visitors without an account: same pages, no menu, a way in. */
export function PublicRegistryLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = !!useToken();
  // After signing in, the visitor lands on the same page inside the system.
  const from = location.pathname.replace(/^\/public/, '') + location.search;
  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Flex align="center" gap={12} className="shell-brand">
          <span className="shell-emblem" aria-hidden>
            冀
          </span>
          <Typography.Text className="shell-title" data-testid="system-name">
            {SYSTEM_NAME}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={4} className="shell-actions">
          <Button
            type="text"
            className="shell-logout"
            icon={<QuestionCircleOutlined />}
            onClick={() => navigate('/help')}
            aria-label="帮助"
            data-testid="header-help"
          >
            帮助
          </Button>
          {signedIn ? (
            <Button type="text" className="shell-logout" icon={<LoginOutlined />} onClick={() => navigate('/')}>
              进入系统
            </Button>
          ) : (
            <>
              <Button
                type="text"
                className="shell-logout"
                icon={<UserAddOutlined />}
                onClick={() => navigate('/register/enterprise', { state: { from } })}
                aria-label="企业注册"
              >
                企业注册
              </Button>
              <Button
                type="text"
                className="shell-logout"
                icon={<LoginOutlined />}
                onClick={() => navigate('/login', { state: { from } })}
                aria-label="登录"
              >
                登录
              </Button>
            </>
          )}
        </Flex>
      </Layout.Header>
      <Layout.Content className="shell-content public-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
