import { CheckCircleFilled, CloseCircleOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Cascader, Checkbox, Col, Form, Input, Modal, Progress, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  PRIVACY_NOTICE_VERSION,
  checkPasswordStrength,
  passwordCharacterClasses,
} from '@hebei/domain';
import { buildDivisionOptions, divisionSearch } from '../app/divisions';
import { useFormErrors } from '../app/components';
import { PHONE_RULE, USCC_RULE, USERNAME_RULE } from '../app/form-rules';
import { chineseCount } from '../app/format';
import { SYSTEM_NAME } from '../app/labels';
import { session } from '../app/session';
import { MeQuery } from '../graphql/auth';
import type { MeQuery as MeResult } from '../graphql/generated/graphql';
import { DivisionTreeQuery } from '../graphql/reference';
import { CaptchaField, captchaAnswer, useCaptcha } from '../app/CaptchaField';
import { PrivacyNotice } from './PrivacyNotice';
import './sign-up-form.css';

/** The fields every self-registration sends (institutions and enterprises alike). */
export interface SignUpInput {
  name: string;
  uscc: string;
  divisionCode: string;
  contactPerson: string;
  contactPhone: string;
  username: string;
  password: string;
  /** The privacy notice version the user agreed to. */
  privacyConsentVersion: string;
  captcha: { id: string; answer: string } | null;
}

type Values = Omit<SignUpInput, 'divisionCode' | 'privacyConsentVersion' | 'captcha'> & {
  divisionCode?: string[];
  confirm: string;
  consent?: boolean;
  captcha?: string;
};
type SignedUpUser = MeResult['me'];

const FIELDS = ['name', 'uscc', 'divisionCode', 'contactPerson', 'contactPhone', 'username', 'password', 'captcha'] as const;

/** The password rules, each shown as met or not while typing, with a strength meter. */
function PasswordHint({ password, username }: { password: string; username: string }) {
  const problems = new Set(checkPasswordStrength(password, username).map((v) => v.code));
  const classes = passwordCharacterClasses(password);
  const rules = [
    {
      ok: !problems.has('PASSWORD_TOO_SHORT') && !problems.has('PASSWORD_TOO_LONG'),
      text: `长度${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH}位`,
    },
    {
      ok: !problems.has('PASSWORD_WEAK'),
      text: `包含大写字母、小写字母、数字、特殊符号中的至少${chineseCount(PASSWORD_MIN_CLASSES)}类（当前${classes}类）`,
    },
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

export interface SignUpFormProps {
  /** Under the system name, e.g. 服务机构注册. */
  subtitle: string;
  /** The card's heading, e.g. 注册服务机构账号. */
  title: string;
  intro: ReactNode;
  formName: string;
  /** 单位名称 / 企业名称 */
  nameLabel: string;
  namePlaceholder: string;
  /** Rules after "a valid code": what this kind of account asks of it (a warning, or a refusal). */
  usccRules?: Rule[];
  divisionExtra?: ReactNode;
  submitLabel: string;
  /** Sends the registration; answers like `login` (token + user). */
  register: (input: SignUpInput) => Promise<{ token: string; user: SignedUpUser } | null | undefined>;
  /** The new account is signed in: say hello and go on. */
  onSignedUp: (user: SignedUpUser) => void;
  /** Links under the form (to the login page, …). */
  links: ReactNode;
  footer?: ReactNode;
  'data-testid'?: string;
}

/**
 * Public self-registration, one form for institutions and enterprises: the account's unit, its place, a contact and
 * the login. Server field errors (USCC taken, username taken) appear beside their fields; on success the account is
 * signed in straight away.
 */
export function SignUpForm(props: SignUpFormProps) {
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const divisions = useQuery(DivisionTreeQuery);
  // Self-registration is province-wide, whoever might be looking.
  const options = useMemo(
    () =>
      divisions.data ? buildDivisionOptions(divisions.data.cities, divisions.data.counties, { role: 'PROVINCE', division: null }) : [],
    [divisions.data],
  );
  const [loading, setLoading] = useState(false);
  const errors = useFormErrors(form, FIELDS, 'register-error');
  const captcha = useCaptcha();
  const [noticeOpen, setNoticeOpen] = useState(false);
  const password: string = Form.useWatch('password', form) ?? '';
  const username: string = Form.useWatch('username', form) ?? '';

  const submit = async (v: Values) => {
    errors.clear();
    setLoading(true);
    try {
      const answer = await props.register({
        name: v.name.trim(),
        uscc: v.uscc.trim().toUpperCase(),
        divisionCode: v.divisionCode?.[v.divisionCode.length - 1] ?? '',
        contactPerson: v.contactPerson.trim(),
        contactPhone: v.contactPhone.trim(),
        username: v.username.trim(),
        password: v.password,
        privacyConsentVersion: PRIVACY_NOTICE_VERSION,
        captcha: captchaAnswer(captcha, v.captcha),
      });
      if (!answer) return;
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: answer.user } });
      session.setToken(answer.token);
      props.onSignedUp(answer.user);
    } catch (e) {
      // A captcha is good for one attempt: whatever went wrong, the next try gets a new one.
      captcha.refresh();
      form.setFieldValue('captcha', undefined);
      errors.report(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-panel sign-up-panel">
        <div className="login-heading">
          <span className="login-emblem" aria-hidden>
            冀
          </span>
          <Typography.Title level={3} className="login-title">
            {SYSTEM_NAME}
          </Typography.Title>
          <Typography.Text type="secondary">{props.subtitle}</Typography.Text>
        </div>
        <Card variant="borderless" className="login-card">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {props.title}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{props.intro}</Typography.Paragraph>
          {errors.alert}
          <Form<Values>
            form={form}
            name={props.formName}
            layout="vertical"
            onFinish={submit}
            disabled={loading}
            requiredMark="optional"
            scrollToFirstError
            data-testid={props['data-testid']}
          >
            <Form.Item
              name="name"
              label={props.nameLabel}
              rules={[
                { required: true, whitespace: true, message: `请输入${props.nameLabel}` },
                { min: 2, max: 200, message: `${props.nameLabel}应为2–200个字` },
              ]}
            >
              <Input placeholder={props.namePlaceholder} maxLength={200} autoFocus />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="uscc" label="统一社会信用代码" rules={[USCC_RULE, ...(props.usccRules ?? [])]} validateFirst required>
                  <Input placeholder="18位代码" maxLength={30} className="mono" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="divisionCode"
                  label="所在县（市、区）"
                  rules={[{ required: true, message: '请选择所在县（市、区）' }]}
                  extra={props.divisionExtra}
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
                    { max: 50, message: '联系人最多50个字' },
                  ]}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="contactPhone"
                  label="联系电话"
                  rules={[{ required: true, whitespace: true, message: '请输入联系电话' }, PHONE_RULE]}
                >
                  <Input placeholder="手机号或 0314-1234567" maxLength={20} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="username"
              label="登录用户名"
              rules={[{ required: true, whitespace: true, message: '请输入用户名' }, USERNAME_RULE]}
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
                    const problems = checkPasswordStrength(value, getFieldValue('username') as string | undefined);
                    if (problems.length) throw new Error(problems[0].message);
                  },
                }),
              ]}
              extra={<PasswordHint password={password} username={username} />}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={`至少${PASSWORD_MIN_LENGTH}位`}
                autoComplete="new-password"
                maxLength={PASSWORD_MAX_LENGTH}
              />
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
              <Input.Password
                prefix={<LockOutlined />}
                placeholder="再次输入密码"
                autoComplete="new-password"
                maxLength={PASSWORD_MAX_LENGTH}
              />
            </Form.Item>
            <CaptchaField captcha={captcha} />
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[{ validator: async (_, v?: boolean) => (v ? undefined : Promise.reject(new Error('请阅读并同意《隐私声明》'))) }]}
            >
              <Checkbox data-testid="privacy-consent">
                我已阅读并同意
                <Typography.Link
                  onClick={(e) => {
                    e.preventDefault();
                    setNoticeOpen(true);
                  }}
                  data-testid="privacy-notice-link"
                >
                  《隐私声明》
                </Typography.Link>
              </Checkbox>
            </Form.Item>
            <Form.Item style={{ marginBottom: 8, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block size="large" loading={loading}>
                {props.submitLabel}
              </Button>
            </Form.Item>
          </Form>
          <div className="sign-up-links">
            {props.links}
            <span className="link-separator">|</span>
            <Link to="/help">帮助</Link>
          </div>
        </Card>
        <Modal
          open={noticeOpen}
          title="隐私声明"
          onCancel={() => setNoticeOpen(false)}
          onOk={() => {
            form.setFieldValue('consent', true);
            void form.validateFields(['consent']).catch(() => undefined);
            setNoticeOpen(false);
          }}
          okText="我已阅读并同意"
          cancelText="关闭"
          width={640}
        >
          <PrivacyNotice />
        </Modal>
        {props.footer}
      </div>
    </div>
  );
}
