import { useMutation } from '@apollo/client/react';
import { Checkbox, Form } from 'antd';
import { CreateAccountDialog, type NewAccountValues } from '../../../components';
import { CreateOrgAccountMutation } from '../../../graphql/org-accounts';

interface Values extends NewAccountValues {
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
  const [create] = useMutation(CreateOrgAccountMutation, { refetchQueries: ['OrgAccounts'] });
  return (
    <CreateAccountDialog<Values>
      open={open}
      title="添加同事账号"
      formName="createColleague"
      testId="create-colleague"
      fields={FIELDS}
      nameLabel="姓名"
      namePlaceholder="如：张明"
      after={
        <Form.Item name="orgAdmin" valuePropName="checked" extra="管理员可添加、停用本单位账号并重置其密码。">
          <Checkbox>同为本单位管理员</Checkbox>
        </Form.Item>
      }
      create={async (v) => {
        const { data } = await create({
          variables: { input: { username: v.username, displayName: v.displayName, orgAdmin: !!v.orgAdmin } },
        });
        return { username: data!.createOrgAccount.account.username, password: data!.createOrgAccount.oneTimePassword };
      }}
      onClose={onClose}
      onCreated={onCreated}
    />
  );
}
