import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { canOpenPath, homePath } from '../../app/access';
import { errorCode, errorExtension, errorMessage } from '../../app/errors';
// From app/, not the components barrel: the login page's initial JS stays inside its budget (ADR 0014).
import { CaptchaField, captchaAnswer, useCaptcha } from '../../app/CaptchaField';
import { SYSTEM_NAME } from '../../app/labels';
import { session } from '../../app/session';
import { LoginMutation, MeQuery } from '../../graphql/auth';

interface LoginForm {
  username: string;
  password: string;
  captcha?: string;
}

const CAPTCHA_CODES = ['CAPTCHA_REQUIRED', 'CAPTCHA_INVALID'];

export function LoginPage() {
  // Only a visit to /login while already signed in bounces home; signing in here navigates by itself.
  const [alreadySignedIn] = useState(() => !!session.getToken());
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  // After repeated failures the API asks for a captcha (and says so with the failure before it).
  const [needCaptcha, setNeedCaptcha] = useState(false);
  const captcha = useCaptcha(needCaptcha);
  const [form] = Form.useForm<LoginForm>();
  const [expired] = useState(() => session.endReason() === 'expired');
  const from = (location.state as { from?: string } | null)?.from;

  if (alreadySignedIn) return <Navigate to="/" replace />;

  const submit = async ({ username, password, captcha: answer }: LoginForm) => {
    setFailure(null);
    try {
      const { data } = await login({
        variables: { username: username.trim(), password, captcha: needCaptcha ? captchaAnswer(captcha, answer) : null },
      });
      if (!data) return;
      const { token: newToken, user } = data.login;
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: user } });
      session.setToken(newToken);
      navigate(from && canOpenPath(user.role, from.split('?')[0]) ? from : homePath(user.role), { replace: true });
    } catch (e) {
      setFailure(errorMessage(e, '登录失败，请稍后重试'));
      if (CAPTCHA_CODES.includes(errorCode(e) ?? '') || errorExtension(e, 'captchaRequired') === true || needCaptcha) {
        // A challenge is good for one attempt: every failure shows a new one.
        if (needCaptcha) captcha.refresh();
        setNeedCaptcha(true);
        form.setFieldValue('captcha', undefined);
      }
    }
  };

  return (
    <div className="login-page">
      <div className="login-panel">
        <div className="login-heading">
          <span className="login-emblem" aria-hidden>
            冀
          </span>
          <Typography.Title level={3} className="login-title">
            {SYSTEM_NAME}
          </Typography.Title>
          <Typography.Text type="secondary">管理与服务平台</Typography.Text>
        </div>
        <Card variant="borderless" className="login-card">
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 20 }}>
            账号登录
          </Typography.Title>
          {expired && !failure ? (
            <Alert type="warning" showIcon title="登录已过期，请重新登录" style={{ marginBottom: 16 }} data-testid="session-expired" />
          ) : null}
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
          <Form<LoginForm>
            form={form}
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            disabled={loading}
            size="large"
          >
            <Form.Item
              label="用户名"
              name="username"
              rules={[
                { required: true, whitespace: true, message: '请输入用户名' },
                { max: 64, message: '用户名最多64个字符' },
              ]}
            >
              <Input prefix={<UserOutlined />} placeholder="请输入用户名" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label="密码"
              name="password"
              rules={[{ required: true, message: '请输入密码' }]}
              extra={
                <Flex justify="flex-end">
                  <Link to="/forgot-password" data-testid="forgot-password-link">
                    忘记密码
                  </Link>
                </Flex>
              }
            >
              <Input.Password prefix={<LockOutlined />} placeholder="请输入密码" autoComplete="current-password" />
            </Form.Item>
            {needCaptcha ? <CaptchaField captcha={captcha} size="large" /> : null}
            <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block loading={loading}>
                登录
              </Button>
            </Form.Item>
          </Form>
          <Flex justify="center" gap={20} style={{ marginTop: 16 }} data-testid="login-registry-links">
            <Link to="/public/registry">浏览服务资源库</Link>
            <Link to="/register/enterprise">企业注册</Link>
          </Flex>
          <Flex justify="center" gap={20} style={{ marginTop: 8 }} data-testid="login-joining-links">
            <Link to="/register">服务机构注册</Link>
            <Link to="/public/notices">入库公示</Link>
            <Link to="/help" data-testid="help-link">
              帮助
            </Link>
          </Flex>
        </Card>
        <Typography.Text type="secondary" className="login-footer">
          河北省工业和信息化厅 主办 · 密码连续错误3次须输入验证码，5次锁定15分钟
        </Typography.Text>
      </div>
    </div>
  );
}
