import { CheckCircleFilled, CloseCircleOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Cascader, Col, Form, Input, Progress, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { checkPasswordStrength, parseUscc } from '@hebei/domain';
import { buildDivisionOptions, divisionSearch } from '../../app/divisions';
import { applyFieldErrors, errorMessage, fieldErrors, type FieldError } from '../../app/errors';
import { SYSTEM_NAME } from '../../app/labels';
import { session } from '../../app/session';
import { MeQuery } from '../../graphql/auth';
import type { InstitutionRegistrationInput } from '../../graphql/generated/graphql';
import { DivisionTreeQuery } from '../../graphql/reference';
import { RegisterInstitutionMutation } from '../../graphql/registration';
import './register.css';

type Values = Omit<InstitutionRegistrationInput, 'divisionCode'> & { divisionCode?: string[]; confirm: string };

const FIELDS = ['name', 'uscc', 'divisionCode', 'contactPerson', 'contactPhone', 'username', 'password'] as const;

const usccRules: Rule[] = [
  {
    validator: async (_, value?: string) => {
      if (!value?.trim()) throw new Error('请输入统一社会信用代码');
      const parsed = parseUscc(value);
      if (!parsed.valid) throw new Error(parsed.errors[0].message);
    },
  },
  // Not a registration error, but the applicant should know before filling the whole application (E1, E2).
  {
    warningOnly: true,
    validator: async (_, value?: string) => {
      const parsed = parseUscc(value ?? '');
      if (!parsed.valid) return;
      if (!parsed.divisionCode?.startsWith('13')) throw new Error('该代码显示登记机关不在河北省，将不符合入库条件（注册地须在河北省）');
      if (parsed.normalized.startsWith('92')) throw new Error('该代码为个体工商户，不具有独立法人资格，将不符合入库条件');
    },
  },
];

/** The three password rules, each shown as met or not while typing. */
function PasswordHint({ password, username }: { password: string; username: string }) {
  const problems = new Set(checkPasswordStrength(password, username).map((v) => v.code));
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const rules = [
    { ok: !problems.has('PASSWORD_TOO_SHORT') && !problems.has('PASSWORD_TOO_LONG'), text: '长度8–64位' },
    { ok: !problems.has('PASSWORD_WEAK'), text: `包含大写字母、小写字母、数字、特殊符号中的至少三类（当前${classes}类）` },
    { ok: !problems.has('PASSWORD_CONTAINS_USERNAME'), text: '不包含用户名' },
  ];
  const score = password ? rules.filter((r) => r.ok).length + (classes === 4 && password.length >= 12 ? 1 : 0) : 0;
  const level =
    score >= 4 ? { text: '强', color: '#52c41a' } : score === 3 ? { text: '中', color: '#1f5fbf' } : { text: '弱', color: '#ff4d4f' };
  return (
    <div className="password-hint" data-testid="password-hint">
      <div className="password-meter">
        <Progress percent={(score / 4) * 100} steps={4} size="small" strokeColor={level.color} showInfo={false} />
        {password ? <span style={{ color: level.color }}>密码强度：{level.text}</span> : <span>密码强度</span>}
      </div>
      {rules.map((r) => (
        <div key={r.text} className={r.ok && password ? 'hint-ok' : 'hint-todo'}>
          {r.ok && password ? <CheckCircleFilled /> : <CloseCircleOutlined />} {r.text}
        </div>
      ))}
    </div>
  );
}

/** Public: a service institution creates its account and starts applying (Art. 8(1)). */
export function RegisterPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const divisions = useQuery(DivisionTreeQuery);
  const options = useMemo(
    () =>
      divisions.data ? buildDivisionOptions(divisions.data.cities, divisions.data.counties, { role: 'PROVINCE', division: null }) : [],
    [divisions.data],
  );
  const [register, { loading }] = useMutation(RegisterInstitutionMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const password: string = Form.useWatch('password', form) ?? '';
  const username: string = Form.useWatch('username', form) ?? '';

  const submit = async (v: Values) => {
    setFailure(null);
    setOtherErrors([]);
    const input: InstitutionRegistrationInput = {
      name: v.name.trim(),
      uscc: v.uscc.trim(),
      divisionCode: v.divisionCode?.[v.divisionCode.length - 1] ?? '',
      contactPerson: v.contactPerson.trim(),
      contactPhone: v.contactPhone.trim(),
      username: v.username.trim(),
      password: v.password,
    };
    try {
      const { data } = await register({ variables: { input } });
      if (!data) return;
      const { token, user } = data.registerInstitution;
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: user } });
      session.setToken(token);
      message.success('注册成功，请填写入库申请');
      navigate('/applications', { replace: true });
    } catch (e) {
      if (!fieldErrors(e).length) {
        setFailure(errorMessage(e, '注册失败，请稍后重试'));
        return;
      }
      setOtherErrors(applyFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <div className="login-page register-page">
      <div className="login-panel register-panel">
        <div className="login-heading">
          <span className="login-emblem" aria-hidden>
            冀
          </span>
          <Typography.Title level={3} className="login-title">
            {SYSTEM_NAME}
          </Typography.Title>
          <Typography.Text type="secondary">服务机构注册</Typography.Text>
        </div>
        <Card variant="borderless" className="login-card">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            注册服务机构账号
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            注册后即可在线填写《河北省优质中小企业服务资源库入库申请表》。每个统一社会信用代码只能注册一次；纸质材料仍须按通知报送所在地主管部门。
          </Typography.Paragraph>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="register-error" /> : null}
          {otherErrors.length ? (
            <Alert
              type="error"
              showIcon
              title="注册未成功"
              description={otherErrors.map((e) => e.message).join('；')}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form<Values>
            form={form}
            name="register"
            layout="vertical"
            onFinish={submit}
            disabled={loading}
            requiredMark="optional"
            scrollToFirstError
          >
            <Form.Item
              name="name"
              label="单位名称"
              rules={[
                { required: true, whitespace: true, message: '请输入单位名称' },
                { min: 2, max: 200, message: '单位名称应为2–200个字' },
              ]}
            >
              <Input placeholder="与营业执照或登记证书一致" maxLength={200} autoFocus />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="uscc" label="统一社会信用代码" rules={usccRules} validateFirst required>
                  <Input placeholder="18位代码" maxLength={30} className="mono" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="divisionCode"
                  label="所在县（市、区）"
                  rules={[{ required: true, message: '请选择所在县（市、区）' }]}
                  extra="定州市、辛集市可直接选择"
                >
                  <Cascader
                    options={options}
                    loading={divisions.loading}
                    showSearch={divisionSearch}
                    placeholder="请选择市 / 县（市、区）"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="contactPerson"
                  label="联系人"
                  rules={[
                    { required: true, whitespace: true, message: '请输入联系人' },
                    { max: 50, message: '最多50个字' },
                  ]}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="contactPhone"
                  label="联系电话"
                  rules={[
                    { required: true, whitespace: true, message: '请输入联系电话' },
                    { pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为11位手机号或区号加座机号' },
                  ]}
                >
                  <Input placeholder="手机号或 0314-1234567" maxLength={20} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="username"
              label="登录用户名"
              rules={[
                { required: true, whitespace: true, message: '请输入用户名' },
                { pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/, message: '用户名应以字母开头，4–32位字母、数字或下划线' },
              ]}
            >
              <Input prefix={<UserOutlined />} placeholder="字母开头，4–32位字母、数字或下划线" maxLength={32} autoComplete="username" />
            </Form.Item>
            <Form.Item
              name="password"
              label="密码"
              dependencies={['username']}
              rules={[
                { required: true, message: '请输入密码' },
                ({ getFieldValue }) => ({
                  validator: async (_, value?: string) => {
                    if (!value) return;
                    const problems = checkPasswordStrength(value, getFieldValue('username') as string);
                    if (problems.length) throw new Error(problems[0].message);
                  },
                }),
              ]}
              extra={<PasswordHint password={password} username={username} />}
            >
              <Input.Password prefix={<LockOutlined />} placeholder="至少8位" autoComplete="new-password" maxLength={64} />
            </Form.Item>
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
              <Input.Password prefix={<LockOutlined />} placeholder="再次输入密码" autoComplete="new-password" maxLength={64} />
            </Form.Item>
            <Form.Item style={{ marginBottom: 8, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block size="large" loading={loading}>
                注册并开始申报
              </Button>
            </Form.Item>
          </Form>
          <div className="register-links">
            已有账号？<Link to="/login">返回登录</Link>
          </div>
        </Card>
        <Typography.Text type="secondary" className="login-footer">
          河北省工业和信息化厅 主办
        </Typography.Text>
      </div>
    </div>
  );
}
