import { useMutation } from '@apollo/client/react';
import { Checkbox, Form, Input, Modal } from 'antd';
import { useFormErrors } from '../../../app/components';
import { CreateOrgAccountMutation } from '../../../graphql/org-accounts';

interface Values {
  username: string;
  displayName: string;
  orgAdmin?: boolean;
}
const FIELDS = ['username', 'displayName', 'orgAdmin'] as const;

/** 添加同事账号: a login name and a name; the one-time password comes back once. */
export function CreateColleagueModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (username: string, password: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'create-colleague-error');
  const [create, { loading }] = useMutation(CreateOrgAccountMutation, { refetchQueries: ['OrgAccounts'] });

  const submit = async (v: Values) => {
    errors.clear();
    try {
      const { data } = await create({
        variables: { input: { username: v.username.trim(), displayName: v.displayName.trim(), orgAdmin: !!v.orgAdmin } },
      });
      onCreated(data!.createOrgAccount.account.username, data!.createOrgAccount.oneTimePassword);
    } catch (e) {
      errors.report(e);
    }
  };

  return (
    <Modal
      open={open}
      title="添加同事账号"
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      destroyOnHidden
    >
      {errors.alert}
      <Form<Values>
        form={form}
        name="createColleague"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        data-testid="create-colleague-form"
      >
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请填写姓名' },
            { min: 2, max: 200, message: '姓名为2–200个字' },
          ]}
        >
          <Input placeholder="如：张明" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="username"
          label="登录用户名"
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/, message: '用户名应以字母开头，4–32位字母、数字或下划线' },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="orgAdmin" valuePropName="checked" extra="管理员可添加、停用本单位账号并重置其密码。">
          <Checkbox>同为本单位管理员</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
