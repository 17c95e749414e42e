import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, InputNumber, Skeleton, Typography } from 'antd';
import { PASSWORD_EXPIRY_MAX_DAYS } from '@hebei/domain';
import { ErrorAlert, PageContainer, useFormErrors } from '../../app/components';
import { dateTime } from '../../app/format';
import { PasswordPolicyQuery, UpdatePasswordPolicyMutation } from '../../graphql/settings';

interface Values {
  expiryDays: number;
}
const FIELDS = ['expiryDays'] as const;

/** 系统设置 (PROVINCE): the password policy — 密码有效期, 0 = never; an expired password must be changed at login. */
export function SettingsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(PasswordPolicyQuery, { fetchPolicy: 'cache-and-network' });
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'password-policy-error');
  const [update, { loading: saving }] = useMutation(UpdatePasswordPolicyMutation);
  const policy = data?.passwordPolicy;

  const submit = async (v: Values) => {
    if (!policy) return;
    await errors.attempt(async () => {
      await update({ variables: { input: { expiryDays: v.expiryDays, expectedVersion: policy.version } } });
      message.success(v.expiryDays ? `密码有效期已设为 ${v.expiryDays} 天` : '已设为密码永不过期');
    });
  };

  return (
    <PageContainer title="系统设置">
      <Card title="密码策略" style={{ maxWidth: 640 }} data-testid="password-policy-card">
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!policy && loading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : policy ? (
          <>
            {errors.alert}
            <Form<Values>
              key={policy.version}
              form={form}
              name="passwordPolicy"
              layout="vertical"
              initialValues={{ expiryDays: policy.expiryDays }}
              onFinish={submit}
              disabled={saving}
            >
              <Form.Item
                name="expiryDays"
                label="密码有效期（天）"
                extra={`0表示永不过期，最多${PASSWORD_EXPIRY_MAX_DAYS}天。密码超过有效期的用户登录后须先修改密码，才能继续操作。`}
                rules={[
                  { required: true, message: '请填写密码有效期' },
                  {
                    type: 'integer',
                    min: 0,
                    max: PASSWORD_EXPIRY_MAX_DAYS,
                    message: `密码有效期应为0–${PASSWORD_EXPIRY_MAX_DAYS}天的整数`,
                  },
                ]}
              >
                <InputNumber
                  min={0}
                  max={PASSWORD_EXPIRY_MAX_DAYS}
                  precision={0}
                  style={{ width: 160 }}
                  suffix="天"
                  aria-label="密码有效期（天）"
                />
              </Form.Item>
              <Form.Item style={{ marginBottom: 8 }}>
                <Button type="primary" htmlType="submit" loading={saving}>
                  保存
                </Button>
              </Form.Item>
              <Typography.Text type="secondary">
                {policy.updatedAt ? `最近修改：${dateTime(policy.updatedAt)}` : '尚未修改（默认永不过期）'}
              </Typography.Text>
            </Form>
          </>
        ) : null}
      </Card>
    </PageContainer>
  );
}
