import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Cascader, Col, Form, Input, Progress, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { HEBEI_DIVISION_PREFIX, checkPasswordStrength, parseUscc } from '@hebei/domain';
import { canOpenPath } from '../../app/access';
import { buildDivisionOptions, divisionSearch } from '../../app/divisions';
import { applyFieldErrors, errorMessage, fieldErrors, type FieldError } from '../../app/errors';
import { SYSTEM_NAME } from '../../app/labels';
import { session } from '../../app/session';
import { MeQuery } from '../../graphql/auth';
import { RegisterEnterpriseMutation } from '../../graphql/enterprise';
import type { EnterpriseRegistrationInput } from '../../graphql/generated/graphql';
import { DivisionTreeQuery } from '../../graphql/reference';
import './enterprise-register.css';

type Values = Omit<EnterpriseRegistrationInput, 'divisionCode'> & { divisionCode?: string[]; confirm: string };

const FIELDS = ['name', 'uscc', 'divisionCode', 'contactPerson', 'contactPhone', 'username', 'password'] as const;

const usccRule: Rule = {
  validator: async (_, value?: string) => {
    if (!value?.trim()) throw new Error('请输入统一社会信用代码');
    const parsed = parseUscc(value);
    if (!parsed.valid) throw new Error(parsed.errors[0].message);
    if (!parsed.divisionCode?.startsWith(HEBEI_DIVISION_PREFIX)) {
      throw new Error('本库服务河北省中小企业，统一社会信用代码须为河北省登记机关赋码（第3–4位为13）');
    }
  },
};

/** 0–4: how many of the rules the password meets, for the hint bar (the rules themselves are the API's). */
function strength(password: string, username: string): { score: number; label: string; color: string } {
  if (!password) return { score: 0, label: '', color: '#d9d9d9' };
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const problems = checkPasswordStrength(password, username);
  if (problems.length) return { score: 1, label: '弱', color: '#ff4d4f' };
  if (classes === 4 && password.length >= 12) return { score: 4, label: '强', color: '#52c41a' };
  return { score: 3, label: '中', color: '#faad14' };
}

/** Public sign-up for SMEs; on success the new account is signed in and lands in the registry. */
export function EnterpriseRegisterPage() {
  const [alreadySignedIn] = useState(() => !!session.getToken());
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tree = useQuery(DivisionTreeQuery);
  const options = useMemo(
    () => (tree.data ? buildDivisionOptions(tree.data.cities, tree.data.counties, { role: 'PROVINCE', division: null }) : []),
    [tree.data],
  );
  const [register, { loading }] = useMutation(RegisterEnterpriseMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const password = Form.useWatch('password', form) ?? '';
  const username = Form.useWatch('username', form) ?? '';
  const hint = strength(password, username);
  const from = (location.state as { from?: string } | null)?.from;

  if (alreadySignedIn) return <Navigate to="/" replace />;

  const submit = async ({ divisionCode, confirm: _confirm, ...v }: Values) => {
    setFailure(null);
    setOtherErrors([]);
    const input: EnterpriseRegistrationInput = {
      name: v.name.trim(),
      uscc: v.uscc.trim().toUpperCase(),
      divisionCode: divisionCode?.[divisionCode.length - 1] ?? '',
      contactPerson: v.contactPerson.trim(),
      contactPhone: v.contactPhone.trim(),
      username: v.username.trim(),
      password: v.password,
    };
    try {
      const { data } = await register({ variables: { input } });
      if (!data) return;
      const { token, user } = data.registerEnterprise;
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: user } });
      session.setToken(token);
      message.success(`注册成功，欢迎您，${user.displayName}`);
      navigate(from && canOpenPath(user.role, from.split('?')[0]) ? from : '/registry', { replace: true });
    } catch (e) {
      if (!fieldErrors(e).length) {
        setFailure(errorMessage(e, '注册失败，请稍后重试'));
        return;
      }
      setOtherErrors(applyFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <div className="login-page">
      <div className="login-panel register-panel">
        <div className="login-heading">
          <span className="login-emblem" aria-hidden>
            冀
          </span>
          <Typography.Title level={3} className="login-title">
            {SYSTEM_NAME}
          </Typography.Title>
          <Typography.Text type="secondary">中小企业注册</Typography.Text>
        </div>
        <Card variant="borderless" className="login-card">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            企业注册
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            注册后即可在线预约服务资源库中服务机构的服务产品，并对服务进行评价。每个统一社会信用代码只能注册一个账号。
          </Typography.Paragraph>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="register-error" /> : null}
          {otherErrors.length ? (
            <Alert type="error" showIcon title={otherErrors.map((e) => e.message).join('；')} style={{ marginBottom: 16 }} />
          ) : null}
          <Form<Values>
            form={form}
            name="registerEnterprise"
            layout="vertical"
            onFinish={submit}
            disabled={loading}
            scrollToFirstError
            data-testid="register-enterprise-form"
          >
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Form.Item
                  name="name"
                  label="企业名称"
                  rules={[
                    { required: true, whitespace: true, message: '请输入企业名称' },
                    { min: 2, max: 200, message: '企业名称应为2–200个字' },
                  ]}
                >
                  <Input maxLength={200} placeholder="与营业执照一致" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true, message: '' }, usccRule]} validateFirst>
                  <Input maxLength={30} className="mono" placeholder="18位代码" />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item name="divisionCode" label="所在县（市、区）" rules={[{ required: true, message: '请选择所在县（市、区）' }]}>
                  <Cascader options={options} loading={tree.loading} showSearch={divisionSearch} placeholder="请选择市、县（市、区）" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="contactPerson"
                  label="联系人"
                  rules={[
                    { required: true, whitespace: true, message: '请输入联系人' },
                    { max: 50, message: '联系人最多50个字' },
                  ]}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item
                  name="contactPhone"
                  label="联系电话"
                  rules={[
                    { required: true, message: '请输入联系电话' },
                    { pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为11位手机号或区号加座机号' },
                  ]}
                >
                  <Input maxLength={20} placeholder="手机号或 0314-1234567" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="username"
                  label="登录用户名"
                  rules={[
                    { required: true, message: '请输入用户名' },
                    { pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/, message: '用户名应以字母开头，4–32位字母、数字或下划线' },
                  ]}
                >
                  <Input maxLength={32} autoComplete="username" />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item
                  name="password"
                  label="密码"
                  dependencies={['username']}
                  rules={[
                    { required: true, message: '请输入密码' },
                    ({ getFieldValue }) => ({
                      validator: async (_, value?: string) => {
                        if (!value) return;
                        const problems = checkPasswordStrength(value, getFieldValue('username') as string | undefined);
                        if (problems.length) throw new Error(problems[0].message);
                      },
                    }),
                  ]}
                  extra={
                    <div className="password-hint" data-testid="password-strength">
                      <Progress percent={hint.score * 25} steps={4} showInfo={false} strokeColor={hint.color} size={[28, 6]} />
                      <span>{hint.label ? `强度：${hint.label}` : '至少8位，含大写字母、小写字母、数字、符号中的三类'}</span>
                    </div>
                  }
                >
                  <Input.Password maxLength={64} autoComplete="new-password" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="confirm"
                  label="确认密码"
                  dependencies={['password']}
                  rules={[
                    { required: true, message: '请再次输入密码' },
                    ({ getFieldValue }) => ({
                      validator: async (_, value?: string) => {
                        if (value && value !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
                      },
                    }),
                  ]}
                >
                  <Input.Password maxLength={64} autoComplete="new-password" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" block size="large" loading={loading}>
                注册并登录
              </Button>
            </Form.Item>
            <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 0 }}>
              已有账号？
              <Link to="/login" state={{ from }}>
                直接登录
              </Link>
              <span className="link-separator">|</span>
              <Link to="/public/registry">先浏览服务资源库</Link>
            </Typography.Paragraph>
          </Form>
        </Card>
      </div>
    </div>
  );
}
