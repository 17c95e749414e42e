import { StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { errorMessage } from '../../../app/errors';
import { CancelBookingMutation } from '../../../graphql/bookings';
import type { BookingFieldsFragment } from '../../../graphql/generated/graphql';

/** 取消预约 while the institution has not answered; the API refuses once it has (the other side may win the race). */
export function CancelBookingButton({ booking }: { booking: BookingFieldsFragment }) {
  const { message, modal } = App.useApp();
  const [cancel] = useMutation(CancelBookingMutation, { refetchQueries: ['MyBookings'] });

  const confirm = () =>
    modal.confirm({
      title: '确认取消该预约？',
      content: `将取消对「${booking.institution?.name ?? '服务机构'}」“${booking.productName}”的预约，服务机构会收到取消通知。取消后不能恢复，如仍有需要请重新预约。`,
      okText: '确认取消预约',
      okButtonProps: { danger: true },
      cancelText: '暂不取消',
      onOk: async () => {
        try {
          await cancel({ variables: { id: booking.id } });
          message.success('预约已取消');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Button danger type="link" size="small" icon={<StopOutlined />} onClick={confirm} data-testid="cancel-booking">
      取消预约
    </Button>
  );
}
