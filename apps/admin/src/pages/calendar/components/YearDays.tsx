import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Calendar, Flex, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../app/components/ErrorAlert';
import { errorMessage } from '../../../app/errors';
import { CALENDAR_DAY_KIND_COLORS, CALENDAR_DAY_KIND_LABELS, WEEKDAY_LABELS } from '../../../app/labels';
import { CalendarDaysQuery, RemoveCalendarDayMutation } from '../../../graphql/calendar';
import type { CalendarDaysQuery as CalendarDaysResult } from '../../../graphql/generated/graphql';
import { DayModal, type EditableDay } from './DayModal';

type Day = CalendarDaysResult['calendarDays'][number];

export type DaysView = 'table' | 'month';

interface Props {
  year: number;
  source?: string;
  view: DaysView;
  onViewChange: (v: DaysView) => void;
}

export function YearDays({ year, source, view, onViewChange }: Props) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(CalendarDaysQuery, { variables: { year } });
  const [remove] = useMutation(RemoveCalendarDayMutation, { refetchQueries: ['CalendarDays'] });
  const [removing, setRemoving] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditableDay | null>(null);
  const [adding, setAdding] = useState(false);
  const days = useMemo(() => data?.calendarDays ?? [], [data]);
  const byDate = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const holidays = days.filter((d) => d.kind === 'HOLIDAY').length;

  const onRemove = async (date: string) => {
    setRemoving(date);
    try {
      await remove({ variables: { date } });
      message.success(`已删除 ${date}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setRemoving(null);
    }
  };

  const columns: TableColumnsType<Day> = [
    { title: '日期', dataIndex: 'date', key: 'date', width: 140 },
    { title: '星期', key: 'weekday', width: 100, render: (_, d) => WEEKDAY_LABELS[dayjs(d.date).day()] },
    {
      title: '类型',
      dataIndex: 'kind',
      key: 'kind',
      width: 120,
      render: (k: Day['kind']) => <Tag color={CALENDAR_DAY_KIND_COLORS[k]}>{CALENDAR_DAY_KIND_LABELS[k]}</Tag>,
    },
    { title: '名称', dataIndex: 'name', key: 'name' },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, d) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setEditing(d)}>
            修改
          </Button>
          <Popconfirm
            title="确定删除该日期吗？"
            description="删除后工作日计算将立即变化"
            okText="确定"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(d.date)}
          >
            <Button type="link" size="small" danger loading={removing === d.date}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const cellRender = (d: Dayjs, info: { type: string }) => {
    if (info.type !== 'date') return null;
    const day = byDate.get(d.format('YYYY-MM-DD'));
    return day ? (
      <Tag color={CALENDAR_DAY_KIND_COLORS[day.kind]} className="calendar-cell-tag">
        {day.name}
      </Tag>
    ) : null;
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Space size={16} wrap>
          <Typography.Text type="secondary">来源：{source || '—'}</Typography.Text>
          <Typography.Text type="secondary" data-testid="year-summary">
            节假日 {holidays} 天，调休上班 {days.length - holidays} 天
          </Typography.Text>
        </Space>
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => onViewChange(v as DaysView)}
            options={[
              { value: 'table', label: '列表' },
              { value: 'month', label: '月历' },
            ]}
          />
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增日期
          </Button>
        </Space>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {view === 'table' ? (
        <Table<Day>
          rowKey="date"
          size="middle"
          columns={columns}
          dataSource={days}
          loading={loading}
          pagination={false}
          data-testid="calendar-days-table"
        />
      ) : (
        <Calendar
          key={year}
          defaultValue={dayjs(`${year}-01-01`)}
          validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
          cellRender={cellRender}
          onSelect={(d, info) => {
            if (info.source !== 'date') return;
            const day = byDate.get(d.format('YYYY-MM-DD'));
            if (day) setEditing(day);
          }}
        />
      )}
      <DayModal year={year} day={null} open={adding} onClose={() => setAdding(false)} />
      <DayModal year={year} day={editing} open={!!editing} onClose={() => setEditing(null)} />
    </>
  );
}
