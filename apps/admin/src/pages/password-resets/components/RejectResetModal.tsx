import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { useFormErrors } from '../../../app/components';
import { RejectPasswordResetMutation } from '../../../graphql/password-resets';
import type { ResetRow } from '../PasswordResetsPage';

interface Values {
  reason: string;
}
const FIELDS = ['reason'] as const;

/** 驳回: a reason (the audit keeps it; the officer tells the applicant by phone). */
export function RejectResetModal({ row, open, onClose }: { row?: ResetRow; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'reject-reset-error');
  const [reject, { loading }] = useMutation(RejectPasswordResetMutation, { refetchQueries: ['PasswordResetRequests', 'WorkQueueCounts'] });

  const submit = async (v: Values) => {
    if (!row) return;
    await errors.attempt(async () => {
      await reject({ variables: { input: { id: row.id, expectedVersion: row.version, reason: v.reason.trim() } } });
      message.success(`已驳回 ${row.username} 的申请`);
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title={`驳回 ${row?.username ?? ''} 的重置密码申请`}
      okText="驳回"
      okButtonProps={{ danger: true, loading }}
      cancelText="取消"
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.alert}
      <Form<Values> form={form} name="rejectReset" layout="vertical" onFinish={submit} disabled={loading}>
        <Form.Item
          name="reason"
          label="驳回理由"
          rules={[
            { required: true, whitespace: true, message: '请填写驳回理由' },
            { max: 200, message: '最多200字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：电话核实非本人申请" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
