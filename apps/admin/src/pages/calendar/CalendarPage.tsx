import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { yearOf } from '@hebei/domain';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { CalendarStatusQuery, CalendarYearsQuery } from '../../graphql/calendar';
import { CalendarBanner } from '../../components';
import { AddYearModal } from './components/AddYearModal';
import { YearDays, type DaysView } from './components/YearDays';

export function CalendarPage() {
  const years = useQuery(CalendarYearsQuery);
  const status = useQuery(CalendarStatusQuery);
  const [chosen, setChosen] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [view, setView] = useState<DaysView>('table');
  const list = years.data?.calendarYears ?? [];
  const loaded = list.map((y) => y.year);
  // The API's today (APP_NOW in development), not the browser's; until it answers, the newest loaded year.
  const thisYear = status.data ? yearOf(status.data.calendarStatus.today) : (loaded[loaded.length - 1] ?? 0);
  const active = chosen && loaded.includes(chosen) ? chosen : loaded.includes(thisYear) ? thisYear : loaded[loaded.length - 1];
  const nextToAdd = !loaded.length ? thisYear : loaded.includes(thisYear + 1) ? Math.max(...loaded) + 1 : thisYear + 1;

  return (
    <PageContainer
      title="节假日日历"
      banner={<CalendarBanner showLink={false} />}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          新增年度
        </Button>
      }
    >
      {years.error ? <ErrorAlert error={years.error} onRetry={() => void years.refetch()} /> : null}
      {years.loading && !years.data ? <Skeleton active /> : null}
      {years.data && !list.length ? <Empty description="尚未录入任何年度的节假日安排" /> : null}
      {active ? (
        <Tabs
          activeKey={String(active)}
          onChange={(k) => setChosen(Number(k))}
          items={list.map((y) => ({ key: String(y.year), label: `${y.year}年` }))}
          data-testid="calendar-year-tabs"
        />
      ) : null}
      {active ? (
        <YearDays key={active} year={active} source={list.find((y) => y.year === active)?.source} view={view} onViewChange={setView} />
      ) : null}
      <AddYearModal
        open={adding}
        defaultYear={nextToAdd}
        loadedYears={loaded}
        onClose={() => setAdding(false)}
        onAdded={(y) => setChosen(y)}
      />
    </PageContainer>
  );
}
