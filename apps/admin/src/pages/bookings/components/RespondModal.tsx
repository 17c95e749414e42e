import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Descriptions, Form, Input, Modal } from 'antd';
import { useFormErrors } from '../../../app/components';
import { fieldErrors } from '../../../app/errors';
import { AcceptBookingMutation, CompleteBookingMutation, DeclineBookingMutation } from '../../../graphql/bookings';
import type { BookingFieldsFragment } from '../../../graphql/generated/graphql';

export type RespondAction = 'accept' | 'decline' | 'complete';

const COPY: Record<RespondAction, { title: string; ok: string; label: string; hint: string; done: string }> = {
  accept: {
    title: '接受预约',
    ok: '确认接受',
    label: '答复说明（选填）',
    hint: '如：上门时间、需企业准备的资料。接受后请及时与企业联系。',
    done: '已接受预约',
  },
  decline: {
    title: '拒绝预约',
    ok: '确认拒绝',
    label: '拒绝理由',
    hint: '请说明不能提供服务的原因，企业将看到该理由。',
    done: '已拒绝预约',
  },
  complete: {
    title: '标记服务完成',
    ok: '确认完成',
    label: '完成说明（选填）',
    hint: '如：交付的报告、服务成效。标记完成后企业可以对服务进行评价。',
    done: '已标记服务完成',
  },
};

// Every list and count of bookings may change; the open ones refetch.
const REFETCH = ['BookingInbox', 'BookingInboxCounts'];

// The one text box is named as the API names it: the decline's `reason`, the others' `note`.
interface Values {
  note?: string;
  reason?: string;
}
const FIELDS = ['note', 'reason'] as const;

interface Props {
  open: boolean;
  booking: BookingFieldsFragment | undefined;
  action: RespondAction;
  onClose: () => void;
}

/**
 * One confirmation for the three answers; declining needs a reason, the others take an optional note.
 * Mounted afresh for every booking it opens for (the page keys it), so no note or error carries over.
 */
export function RespondModal({ open, booking, action, onClose }: Props) {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'respond-error');
  const [accept, accepting] = useMutation(AcceptBookingMutation, { refetchQueries: REFETCH });
  const [decline, declining] = useMutation(DeclineBookingMutation, { refetchQueries: REFETCH });
  const [complete, completing] = useMutation(CompleteBookingMutation, { refetchQueries: REFETCH });
  const loading = accepting.loading || declining.loading || completing.loading;
  const copy = COPY[action];

  const submit = async (v: Values) => {
    if (!booking) return;
    errors.clear();
    const text = (action === 'decline' ? v.reason : v.note)?.trim() || undefined;
    try {
      if (action === 'accept') await accept({ variables: { id: booking.id, input: { note: text } } });
      else if (action === 'complete') await complete({ variables: { id: booking.id, input: { note: text } } });
      else await decline({ variables: { id: booking.id, input: { reason: text ?? '' } } });
      message.success(copy.done);
      onClose();
    } catch (e) {
      errors.report(e);
      // e.g. 该预约已拒绝，不能再接受 — someone answered it meanwhile; the lists refetch to show it.
      if (!fieldErrors(e).length) void client.refetchQueries({ include: REFETCH });
    }
  };

  return (
    <Modal
      open={open}
      title={copy.title}
      okText={copy.ok}
      cancelText="取消"
      okButtonProps={{ loading, danger: action === 'decline' }}
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      forceRender
      data-testid="respond-modal"
    >
      {errors.alert}
      {booking ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'enterprise', label: '预约企业', children: booking.enterprise?.name ?? '—' },
            { key: 'product', label: '服务产品', children: booking.productName },
            { key: 'deadline', label: '响应期限', children: `${booking.responseDeadline}${booking.deadlineProvisional ? '（暂定）' : ''}` },
          ]}
        />
      ) : null}
      <Form<Values> form={form} layout="vertical" name="respondBooking" onFinish={submit} disabled={loading}>
        <Form.Item
          name={action === 'decline' ? 'reason' : 'note'}
          label={copy.label}
          extra={copy.hint}
          rules={
            action === 'decline'
              ? [
                  { required: true, whitespace: true, message: '请填写拒绝理由' },
                  { max: 500, message: '拒绝理由最多500个字' },
                ]
              : [{ max: 500, message: '说明最多500个字' }]
          }
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
