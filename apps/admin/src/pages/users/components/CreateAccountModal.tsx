import { useMutation } from '@apollo/client/react';
import { App, Cascader, Form, Input, Modal, Select } from 'antd';
import { useCurrentUser } from '../../../app/current-user';
import { divisionSearch, useDivisionOptions } from '../../../app/divisions';
import { errorMessage, fieldErrors } from '../../../app/errors';
import { ROLE_LABELS } from '../../../app/labels';
import { CreateOfficerAccountMutation } from '../../../graphql/accounts';
import type { Role } from '../../../graphql/generated/graphql';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  place?: string[];
}

const PROVINCE_CODE = '130000';

/** 新增账号: the province any bureau or analyst; a city bureau the county bureaus of its own counties. */
export function CreateAccountModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (username: string, password: string) => void;
}) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const { options, loading: loadingPlaces } = useDivisionOptions(user);
  const [create, { loading }] = useMutation(CreateOfficerAccountMutation, { refetchQueries: ['ManagedAccounts'] });
  const roles: Role[] = user.role === 'PROVINCE' ? ['PROVINCE', 'CITY', 'COUNTY', 'ANALYST'] : ['COUNTY'];
  // A city bureau: a city of the tree; a county bureau: a county under its city.
  const placeOptions = role === 'CITY' ? options.map(({ value, label }) => ({ value, label })) : options;

  const submit = async (v: Values) => {
    const divisionCode = v.role === 'PROVINCE' ? PROVINCE_CODE : v.role === 'ANALYST' ? null : (v.place?.at(-1) ?? null);
    try {
      const { data } = await create({
        variables: { input: { username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, divisionCode } },
      });
      onCreated(data!.createOfficerAccount.account.username, data!.createOfficerAccount.oneTimePassword);
    } catch (e) {
      const fields = fieldErrors(e);
      // The place is picked in a cascader named `place`; the API names it divisionCode.
      if (fields.length)
        form.setFields(
          fields.map((f) => ({ name: (f.field === 'divisionCode' ? 'place' : f.field) as keyof Values, errors: [f.message] })),
        );
      else message.error(errorMessage(e));
    }
  };

  return (
    <Modal
      open={open}
      title="新增账号"
      okText="创建"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="createAccount"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        initialValues={{ role: roles[roles.length === 1 ? 0 : 2] }}
        data-testid="create-account-form"
      >
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            onChange={() => form.setFieldValue('place', undefined)}
          />
        </Form.Item>
        {role === 'CITY' || role === 'COUNTY' ? (
          <Form.Item name="place" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
            <Cascader
              aria-label="所属区划"
              options={placeOptions}
              loading={loadingPlaces}
              showSearch={divisionSearch}
              placeholder={role === 'CITY' ? '请选择市' : '请选择县（市、区）'}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="displayName"
          label="单位或姓名"
          rules={[
            { required: true, whitespace: true, message: '请填写单位或姓名' },
            { min: 2, max: 200, message: '名称为2–200个字' },
          ]}
        >
          <Input placeholder="如：承德县工业和信息化局" maxLength={200} />
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
      </Form>
    </Modal>
  );
}
