import { Flex, Rate, Tooltip, Typography } from 'antd';
import { formatRate, formatRating } from '../../../app/format';
import { BOOKING_RESPONSE_WORKING_DAYS } from '@hebei/domain';

interface Props {
  averageRating: number | null | undefined;
  ratingCount: number;
  onTimeResponseRate: number | null | undefined;
  size?: 'small' | 'middle';
}

/** What enterprises judge an institution by: their ratings and whether it answers bookings within 5 working days. */
export function ServiceQuality({ averageRating, ratingCount, onTimeResponseRate, size = 'small' }: Props) {
  const rating = formatRating(averageRating);
  const rate = formatRate(onTimeResponseRate);
  return (
    <Flex wrap align="center" gap={size === 'small' ? 12 : 24} className="service-quality" data-testid="service-quality">
      <Flex align="center" gap={6}>
        <Typography.Text type="secondary">企业评价</Typography.Text>
        {rating ? (
          <>
            <Rate disabled allowHalf value={Math.round((averageRating ?? 0) * 2) / 2} className="quality-rate" />
            <Typography.Text strong data-testid="average-rating">
              {rating}
            </Typography.Text>
            <Typography.Text type="secondary">（{ratingCount}条）</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary" data-testid="average-rating">
            暂无评价
          </Typography.Text>
        )}
      </Flex>
      <Tooltip title={`在${BOOKING_RESPONSE_WORKING_DAYS}个工作日内响应预约的比例（已到期的预约）`}>
        <Flex align="center" gap={6}>
          <Typography.Text type="secondary">按时响应率</Typography.Text>
          {rate ? (
            <Typography.Text strong data-testid="on-time-rate">
              {rate}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" data-testid="on-time-rate">
              暂无
            </Typography.Text>
          )}
        </Flex>
      </Tooltip>
    </Flex>
  );
}
