import { useMutation } from '@apollo/client/react';
import { Cascader, Form, Select } from 'antd';
import { useCurrentUser } from '../../../app/current-user';
import { divisionSearch, useDivisionOptions } from '../../../app/divisions';
import { ROLE_LABELS } from '../../../app/labels';
import { CreateAccountDialog, type NewAccountValues } from '../../../components';
import { CreateOfficerAccountMutation } from '../../../graphql/accounts';
import type { Role } from '../../../graphql/generated/graphql';

interface Values extends NewAccountValues {
  role: Role;
  /** The place picked in the cascader, province → city → county; the API's divisionCode is its last code. */
  divisionCode?: string[];
}
const FIELDS = ['username', 'displayName', 'role', 'divisionCode'] as const;

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
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const { options, loading: loadingPlaces } = useDivisionOptions(user);
  const [create] = useMutation(CreateOfficerAccountMutation, { refetchQueries: ['ManagedAccounts'] });
  const roles: Role[] = user.role === 'PROVINCE' ? ['PROVINCE', 'CITY', 'COUNTY', 'ANALYST'] : ['COUNTY'];
  // A city bureau: a city of the tree; a county bureau: a county under its city.
  const placeOptions = role === 'CITY' ? options.map(({ value, label }) => ({ value, label })) : options;

  return (
    <CreateAccountDialog<Values>
      open={open}
      title="新增账号"
      formName="createAccount"
      testId="create-account"
      form={form}
      initialValues={{ role: roles[roles.length === 1 ? 0 : 2] }}
      fields={FIELDS}
      nameLabel="单位或姓名"
      namePlaceholder="如：承德县工业和信息化局"
      before={
        <>
          <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
            <Select
              options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              onChange={() => form.setFieldValue('divisionCode', undefined)}
            />
          </Form.Item>
          {role === 'CITY' || role === 'COUNTY' ? (
            <Form.Item name="divisionCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
              <Cascader
                aria-label="所属区划"
                options={placeOptions}
                loading={loadingPlaces}
                showSearch={divisionSearch}
                placeholder={role === 'CITY' ? '请选择市' : '请选择县（市、区）'}
              />
            </Form.Item>
          ) : null}
        </>
      }
      create={async (v) => {
        const divisionCode = v.role === 'PROVINCE' ? PROVINCE_CODE : v.role === 'ANALYST' ? null : (v.divisionCode?.at(-1) ?? null);
        const { data } = await create({
          variables: { input: { username: v.username, displayName: v.displayName, role: v.role, divisionCode } },
        });
        return { username: data!.createOfficerAccount.account.username, password: data!.createOfficerAccount.oneTimePassword };
      }}
      onClose={onClose}
      onCreated={onCreated}
    />
  );
}
