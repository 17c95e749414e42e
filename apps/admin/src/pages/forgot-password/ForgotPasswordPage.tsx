import { BankOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
// From app/, not the components barrel: a public page's initial JS stays small (ADR 0014).
import { CaptchaField, captchaAnswer, useCaptcha } from '../../app/CaptchaField';
import { useFormErrors } from '../../app/components/FormErrors';
import { SYSTEM_NAME } from '../../app/labels';
import { PHONE_RULE } from '../../app/form-rules';
import { RequestPasswordResetMutation } from '../../graphql/password-resets';

interface Values {
  username: string;
  uscc: string;
  contactPhone: string;
  captcha: string;
}
const FIELDS = ['username', 'uscc', 'contactPhone', 'captcha'] as const;

/**
 * 忘记密码 (public, ADR 0021): a service institution's or an SME's user asks for a reset; the bureau of the place calls
 * the organisation's registered phone and passes on a one-time password. The answer never says whether the account exists.
 */
export function ForgotPasswordPage() {
  const [form] = Form.useForm<Values>();
  const captcha = useCaptcha();
  const [send, { loading }] = useMutation(RequestPasswordResetMutation);
  const errors = useFormErrors(form, FIELDS, 'forgot-password-error');
  const [sent, setSent] = useState(false);

  const submit = async (v: Values) => {
    errors.clear();
    try {
      await send({
        variables: {
          input: {
            username: v.username.trim(),
            uscc: v.uscc.trim(),
            contactPhone: v.contactPhone.trim(),
            captcha: captchaAnswer(captcha, v.captcha),
          },
        },
      });
      setSent(true);
    } catch (e) {
      errors.report(e);
      // A challenge is good for one attempt.
      captcha.refresh();
      form.setFieldValue('captcha', undefined);
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
          <Typography.Text type="secondary">忘记密码</Typography.Text>
        </div>
        <Card variant="borderless" className="login-card" data-testid="forgot-password">
          {sent ? (
            <Result
              status="success"
              title="申请已提交"
              subTitle="如填写的信息与登记信息一致，所在地主管部门将拨打单位登记的联系电话核实，并告知一次性密码。请保持电话畅通。"
              extra={
                <Link to="/login">
                  <Button type="primary">返回登录</Button>
                </Link>
              }
              data-testid="forgot-password-sent"
            />
          ) : (
            <>
              <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 12 }}>
                申请重置密码
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
                适用于服务机构和企业自行注册的账号；主管部门工作人员请联系上级部门在“用户管理”中重置。
              </Typography.Paragraph>
              {errors.alert}
              <Form<Values> form={form} name="forgotPassword" layout="vertical" requiredMark={false} onFinish={submit} disabled={loading}>
                <Form.Item
                  label="用户名"
                  name="username"
                  rules={[
                    { required: true, whitespace: true, message: '请输入用户名' },
                    { max: 64, message: '用户名最多64个字符' },
                  ]}
                >
                  <Input prefix={<UserOutlined />} placeholder="登录用户名" autoComplete="username" />
                </Form.Item>
                <Form.Item
                  label="统一社会信用代码"
                  name="uscc"
                  rules={[
                    { required: true, whitespace: true, message: '请输入本单位统一社会信用代码' },
                    { max: 30, message: '最多30个字符' },
                  ]}
                >
                  <Input prefix={<BankOutlined />} placeholder="18位统一社会信用代码" maxLength={30} />
                </Form.Item>
                <Form.Item
                  label="单位登记的联系电话"
                  name="contactPhone"
                  rules={[{ required: true, message: '请输入联系电话' }, PHONE_RULE]}
                >
                  <Input prefix={<PhoneOutlined />} placeholder="注册时填写的联系电话" maxLength={13} />
                </Form.Item>
                <CaptchaField captcha={captcha} />
                <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
                  <Button type="primary" htmlType="submit" block loading={loading}>
                    提交申请
                  </Button>
                </Form.Item>
              </Form>
              <Flex justify="center" style={{ marginTop: 16 }}>
                <Link to="/login">返回登录</Link>
              </Flex>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
