import { Form, Input, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useFormErrors } from '../app/components';
import { USERNAME_RULE } from '../app/form-rules';
import type { FormFields } from '../app/errors';
import type { OneTimePassword } from './AccountRowActions';

/** What every new account is given: a name to show and a login name. */
export interface NewAccountValues {
  displayName: string;
  username: string;
}

export interface CreateAccountDialogProps<Values extends NewAccountValues> {
  open: boolean;
  title: string;
  /** The form's name (`createAccount`, `createColleague`): its field ids derive from it. */
  formName: string;
  /** `create-account`: the form is `create-account-form`, the message above it `create-account-error`. */
  testId: string;
  /** The page's form, when its other fields need it (Form.useWatch); otherwise the dialog makes its own. */
  form?: FormInstance<Values>;
  initialValues?: Partial<Values>;
  /** The input fields the server may name in `extensions.fields`; the rest are said above the form. */
  fields: FormFields;
  /** 姓名 (a colleague) or 单位或姓名 (a bureau's account). */
  nameLabel: string;
  namePlaceholder: string;
  /** Form.Items before the name (role, place) and after the login name (本单位管理员). */
  before?: ReactNode;
  after?: ReactNode;
  /** Creates the account; resolves to its login name and one-time password. */
  create: (values: Values) => Promise<OneTimePassword>;
  onClose: () => void;
  onCreated: (username: string, password: string) => void;
}

/**
 * The create-account dialog of 用户管理 and 本单位账号: the name and login name under the same rules, server field
 * errors beside their fields, and the one-time password handed to the page. The page mounts it afresh for every
 * opening (useDialog), so no value or error carries over.
 */
export function CreateAccountDialog<Values extends NewAccountValues>(props: CreateAccountDialogProps<Values>) {
  const [own] = Form.useForm<Values>();
  const form = props.form ?? own;
  const errors = useFormErrors(form, props.fields, `${props.testId}-error`);
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    await errors.attempt(async () => {
      const created = await props.create({ ...v, displayName: v.displayName.trim(), username: v.username.trim() });
      props.onCreated(created.username, created.password);
    });
    setSaving(false);
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okButtonProps={{ loading: saving }}
      cancelButtonProps={{ disabled: saving }}
      destroyOnHidden
    >
      {errors.alert}
      <Form<Values>
        form={form}
        name={props.formName}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        initialValues={props.initialValues}
        data-testid={`${props.testId}-form`}
      >
        {props.before}
        <Form.Item
          name="displayName"
          label={props.nameLabel}
          rules={[
            { required: true, whitespace: true, message: `请填写${props.nameLabel}` },
            { min: 2, max: 200, message: `${props.nameLabel}应为2–200个字` },
          ]}
        >
          <Input placeholder={props.namePlaceholder} maxLength={200} />
        </Form.Item>
        <Form.Item name="username" label="登录用户名" rules={[{ required: true, message: '请填写用户名' }, USERNAME_RULE]}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        {props.after}
      </Form>
    </Modal>
  );
}
