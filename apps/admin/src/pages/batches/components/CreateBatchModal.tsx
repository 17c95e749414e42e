import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormErrors } from '../../../app/components';
import { CreateBatchMutation } from '../../../graphql/batches';

interface Values {
  name: string;
  onlineDeadline: Dayjs;
  paperDeadline: Dayjs;
}
const FIELDS = ['name', 'onlineDeadline', 'paperDeadline'] as const;

/** A new batch starts closed (未开放); it is opened separately once announced. */
export function CreateBatchModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'create-batch-error');
  const [create, { loading }] = useMutation(CreateBatchMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'batches' });
      cache.gc();
    },
  });

  const submit = async (v: Values) => {
    await errors.attempt(async () => {
      await create({
        variables: {
          input: {
            name: v.name.trim(),
            onlineDeadline: v.onlineDeadline.format('YYYY-MM-DD'),
            paperDeadline: v.paperDeadline.format('YYYY-MM-DD'),
          },
        },
      });
      message.success(`已新建批次“${v.name.trim()}”，开放申报后申请单位即可填报`);
      form.resetFields();
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title="新建申报批次"
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      afterClose={errors.clear}
      destroyOnHidden
    >
      {errors.alert}
      <Form<Values> form={form} layout="vertical" name="createBatch" onFinish={submit} disabled={loading}>
        <Form.Item
          name="name"
          label="批次名称"
          rules={[
            { required: true, whitespace: true, message: '请输入批次名称' },
            { max: 50, message: '最多50个字' },
          ]}
        >
          <Input placeholder="如：2026年第三批" maxLength={50} />
        </Form.Item>
        <Form.Item name="onlineDeadline" label="线上填报截止日期（含当日）" rules={[{ required: true, message: '请选择线上填报截止日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="paperDeadline"
          label="纸质材料报送截止日期（含当日）"
          dependencies={['onlineDeadline']}
          rules={[
            { required: true, message: '请选择纸质材料报送截止日期' },
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs) => {
                const online = getFieldValue('onlineDeadline') as Dayjs | undefined;
                if (value && online && value.isBefore(online, 'day')) throw new Error('纸质材料截止日期不能早于线上截止日期');
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
