import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormErrors } from '../../../app/components';
import { CALENDAR_DAY_KIND_LABELS, optionsOf } from '../../../app/labels';
import type { CalendarDayKind } from '../../../graphql/generated/graphql';
import { SetCalendarDayMutation } from '../../../graphql/calendar';

export interface EditableDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

interface Values {
  date: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

const FIELDS = ['date', 'kind', 'name'] as const;

/** Adds a day to `year`, or edits an existing one (its date is the key and stays fixed). */
export function DayModal({ year, day, open, onClose }: { year: number; day: EditableDay | null; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'day-error');
  const [setDay, { loading }] = useMutation(SetCalendarDayMutation, { refetchQueries: ['CalendarDays'] });
  const editing = !!day;

  const submit = async (v: Values) => {
    const date = v.date.format('YYYY-MM-DD');
    await errors.attempt(async () => {
      await setDay({ variables: { input: { date, kind: v.kind, name: v.name.trim() } } });
      message.success(editing ? `已修改 ${date}` : `已新增 ${date} ${v.name.trim()}`);
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title={editing ? '修改节假日/调休上班日' : `新增${year}年节假日/调休上班日`}
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
      <Form<Values>
        form={form}
        name="calendarDay"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        initialValues={day ? { date: dayjs(day.date), kind: day.kind, name: day.name } : { kind: 'HOLIDAY' }}
        data-testid="day-form"
      >
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabled={editing}
            format="YYYY-MM-DD"
            defaultPickerValue={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() !== year}
            placeholder="请选择日期"
          />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
          <Radio.Group options={optionsOf(CALENDAR_DAY_KIND_LABELS)} optionType="button" buttonStyle="solid" />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请输入名称，如“春节”' },
            { max: 50, message: '名称最多50个字' },
          ]}
        >
          <Input placeholder="如：春节、国庆节" maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
