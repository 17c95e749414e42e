import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Rate } from 'antd';
import { useFormErrors } from '../../../app/components';
import { RateBookingMutation } from '../../../graphql/bookings';
import type { BookingFieldsFragment } from '../../../graphql/generated/graphql';

const RATING_TEXTS = ['很差', '较差', '一般', '满意', '非常满意'];

interface Values {
  rating: number;
  comment?: string;
}
const FIELDS = ['rating', 'comment'] as const;

/** One rating per completed booking; it cannot be changed afterwards. The page mounts it afresh for each booking. */
export function RateModal({ open, booking, onClose }: { open: boolean; booking: BookingFieldsFragment | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'rate-error');
  const [rate, { loading }] = useMutation(RateBookingMutation, { refetchQueries: ['MyBookings'] });
  const rating = Form.useWatch('rating', form);

  const submit = async (v: Values) => {
    if (!booking) return;
    await errors.attempt(async () => {
      await rate({ variables: { id: booking.id, input: { rating: v.rating, comment: v.comment?.trim() || undefined } } });
      message.success('感谢您的评价');
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title="评价服务"
      okText="提交评价"
      cancelText="取消"
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      forceRender
      data-testid="rate-modal"
    >
      {errors.alert}
      {booking ? (
        <p>
          {booking.institution?.name ?? ''} · {booking.productName}
        </p>
      ) : null}
      <Form<Values> form={form} layout="vertical" name="rateBooking" onFinish={submit} disabled={loading}>
        <Form.Item
          name="rating"
          label="服务评分"
          rules={[{ required: true, message: '请选择评分（1–5星）' }]}
          extra={rating ? RATING_TEXTS[rating - 1] : '评价提交后不能修改'}
        >
          <Rate tooltips={RATING_TEXTS} aria-label="服务评分" />
        </Form.Item>
        <Form.Item name="comment" label="评价内容（选填）" rules={[{ max: 500, message: '评价内容最多500个字' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="服务的及时性、专业性和效果" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
