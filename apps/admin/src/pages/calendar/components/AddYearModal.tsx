import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormErrors } from '../../../app/components';
import { CALENDAR_DAY_KIND_LABELS, optionsOf } from '../../../app/labels';
import type { CalendarDayKind } from '../../../graphql/generated/graphql';
import { AddCalendarYearMutation } from '../../../graphql/calendar';

interface Values {
  year: number;
  source: string;
  days?: { date?: Dayjs; kind?: CalendarDayKind; name?: string }[];
}

// `days` covers `days.2.date`: an error of one row is shown beside that row's field.
const FIELDS = ['year', 'source', 'days'] as const;

interface Props {
  open: boolean;
  defaultYear: number;
  loadedYears: number[];
  onClose: () => void;
  onAdded: (year: number) => void;
}

/** A year's schedule as published by the State Council; days may also be added one by one afterwards. */
export function AddYearModal({ open, defaultYear, loadedYears, onClose, onAdded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, 'add-year-error');
  const [addYear, { loading }] = useMutation(AddCalendarYearMutation, { refetchQueries: ['CalendarYears', 'CalendarStatus'] });
  const year = Form.useWatch('year', form) ?? defaultYear;

  const submit = async (v: Values) => {
    errors.clear();
    const days = (v.days ?? []).map((d) => ({ date: d.date!.format('YYYY-MM-DD'), kind: d.kind!, name: d.name!.trim() }));
    try {
      await addYear({ variables: { input: { year: v.year, source: v.source.trim(), days } } });
      message.success(`已新增${v.year}年节假日安排`);
      onAdded(v.year);
      onClose();
    } catch (e) {
      errors.report(e);
    }
  };

  return (
    <Modal
      open={open}
      title="新增年度节假日安排"
      width={720}
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
        name="calendarYear"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        initialValues={{ year: defaultYear, days: [] }}
        data-testid="add-year-form"
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="year"
            label="年度"
            style={{ width: 160 }}
            rules={[
              { required: true, message: '请输入年度' },
              {
                validator: async (_, v?: number) => {
                  if (v != null && (v < 2000 || v > 2100)) throw new Error('年份应在2000–2100之间');
                  if (v != null && loadedYears.includes(v)) throw new Error(`${v}年的节假日安排已存在，请直接编辑`);
                },
              },
            ]}
          >
            <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} suffix="年" />
          </Form.Item>
          <Form.Item
            name="source"
            label="来源"
            style={{ flex: 1, minWidth: 280 }}
            rules={[
              { required: true, whitespace: true, message: '请输入来源，如国务院办公厅通知文号' },
              { max: 200, message: '来源最多200个字' },
            ]}
          >
            <Input placeholder="如：国务院办公厅关于2027年部分节假日安排的通知" maxLength={200} />
          </Form.Item>
        </Flex>
        <Typography.Text type="secondary">节假日与调休上班日可在此一并录入，也可保存后逐日添加。</Typography.Text>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 12 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: '请选择日期' }]} style={{ width: 170 }}>
                    <DatePicker
                      format="YYYY-MM-DD"
                      placeholder="日期"
                      defaultPickerValue={dayjs(`${year}-01-01`)}
                      disabledDate={(d) => d.year() !== year}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择类型' }]} style={{ width: 130 }}>
                    <Select placeholder="类型" options={optionsOf(CALENDAR_DAY_KIND_LABELS)} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请输入名称' }]}
                    style={{ flex: 1 }}
                  >
                    <Input placeholder="名称，如：春节" maxLength={50} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除此行" onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'HOLIDAY' })} block>
                添加日期
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
