import { useQuery } from '@apollo/client/react';
import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import { CalendarStatusQuery } from '../graphql/calendar';

/** From December 1 the province is reminded while next year's holiday schedule is not loaded (SPEC §2). */
export function CalendarBanner({ showLink = true }: { showLink?: boolean }) {
  const navigate = useNavigate();
  const { data } = useQuery(CalendarStatusQuery);
  const status = data?.calendarStatus;
  if (!status?.nextYearMissing) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={`${status.nextYear}年节假日安排尚未录入，请及时维护`}
      description="未录入前，公示发布将被拒绝，服务预约的响应期限按周一至周五临时计算。"
      action={
        showLink ? (
          <Button size="small" type="primary" onClick={() => navigate('/calendar')}>
            去维护
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 12, borderRadius: 6 }}
      data-testid="calendar-banner"
    />
  );
}
