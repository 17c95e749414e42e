import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { useFormErrors } from '../../../app/components';
import { PHONE_RULE } from '../../../app/form-rules';
import { UpdateBureauContactMutation } from '../../../graphql/bureaus';
import type { BureauRow } from '../DirectoryPage';

interface Values {
  contactPerson: string;
  contactPhone: string;
  address: string;
}
const FIELDS = ['contactPerson', 'contactPhone', 'address'] as const;

/** 编辑联系方式: the bureau's own officers or the province; the version guards against a stale screen. */
export function ContactModal({ bureau, open, onClose }: { bureau: BureauRow | undefined; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'contact-error');
  const [save, { loading }] = useMutation(UpdateBureauContactMutation, { refetchQueries: ['Bureaus'] });
  const submit = async (v: Values) => {
    if (!bureau) return;
    await errors.attempt(async () => {
      await save({ variables: { input: { divisionCode: bureau.code, ...v, expectedVersion: bureau.contact?.version ?? 0 } } });
      message.success(`已保存 ${bureau.fullName} 的联系方式`);
      onClose();
    });
  };
  return (
    <Modal
      title={`编辑联系方式：${bureau?.fullName ?? ''}`}
      open={open}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {errors.alert}
      <Form<Values>
        form={form}
        layout="vertical"
        name="bureauContact"
        initialValues={{
          contactPerson: bureau?.contact?.contactPerson ?? '',
          contactPhone: bureau?.contact?.contactPhone ?? '',
          address: bureau?.contact?.address ?? '',
        }}
        onFinish={(v) => void submit(v)}
        disabled={loading}
      >
        <Form.Item name="contactPerson" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }, PHONE_RULE]}>
          <Input maxLength={20} placeholder="如 0314-6012345" />
        </Form.Item>
        <Form.Item name="address" label="地址" rules={[{ required: true, message: '请填写地址' }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
