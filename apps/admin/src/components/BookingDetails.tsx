import { Descriptions, Rate, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BookingFieldsFragment } from '../graphql/generated/graphql';

const time = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
const text = (v: string | null | undefined) => (v ? v : '—');

/** Everything about one booking, shown when its row is expanded. */
export function BookingDetails({ booking: b }: { booking: BookingFieldsFragment }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      styles={{ label: { width: 120 } }}
      data-testid="booking-details"
      items={[
        { key: 'need', label: '服务需求', span: 'filled', children: <span className="pre-wrap">{b.need}</span> },
        { key: 'enterprise', label: '预约企业', children: text(b.enterprise?.name) },
        { key: 'institution', label: '服务机构', children: text(b.institution?.name) },
        { key: 'contact', label: '联系人', children: b.contactPerson },
        { key: 'phone', label: '联系电话', children: b.contactPhone },
        { key: 'preferred', label: '期望服务时间', children: text(b.preferredTime) },
        { key: 'requested', label: '申请时间', children: time(b.requestedAt) },
        { key: 'responded', label: '响应时间', children: time(b.respondedAt) },
        { key: 'note', label: b.status === 'DECLINED' ? '拒绝理由' : '答复说明', children: text(b.responseNote) },
        ...(b.completedAt
          ? [
              { key: 'completed', label: '完成时间', children: time(b.completedAt) },
              { key: 'completion', label: '完成说明', children: text(b.completionNote) },
            ]
          : []),
        ...(b.rating
          ? [
              {
                key: 'rating',
                label: '企业评价',
                span: 'filled' as const,
                children: (
                  <Space size={8} wrap>
                    <Rate disabled value={b.rating} className="quality-rate" />
                    <Typography.Text>{b.ratingComment ?? ''}</Typography.Text>
                    <Typography.Text type="secondary">{time(b.ratedAt)}</Typography.Text>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
