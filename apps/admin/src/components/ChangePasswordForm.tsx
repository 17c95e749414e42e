import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input } from 'antd';
import { checkPasswordStrength, PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '@hebei/domain';
import { useFormErrors } from '../app/components';
import { chineseCount } from '../app/format';
import { ChangePasswordMutation } from '../graphql/accounts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** 修改密码: the current password, a new one under the same policy the API applies (checkPasswordStrength), twice. */
export function ChangePasswordForm({ username, onDone }: { username: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'change-password-error');
  const [change, { loading }] = useMutation(ChangePasswordMutation);

  const submit = async (v: Values) => {
    await errors.attempt(async () => {
      await change({ variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } } });
      message.success('密码已修改');
      form.resetFields();
      onDone();
    });
  };

  return (
    <Form<Values> form={form} name="changePassword" layout="vertical" onFinish={submit} disabled={loading} style={{ maxWidth: 420 }}>
      {errors.alert}
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请填写当前密码' }]}>
        <Input.Password autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={`${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH}位，包含大写字母、小写字母、数字、特殊符号中的至少${chineseCount(PASSWORD_MIN_CLASSES)}类，不包含用户名`}
        rules={[
          { required: true, message: '请填写新密码' },
          {
            validator: (_, value: string) => {
              const problem = value ? checkPasswordStrength(value, username)[0] : undefined;
              return problem ? Promise.reject(new Error(problem.message)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次填写新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次填写的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        修改密码
      </Button>
    </Form>
  );
}
