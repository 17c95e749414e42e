import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { CHANGE_FIELDS, changeReportDueDate, isChangeReportLate, isIsoDate, MAJOR_CHANGE_REPORT_MONTHS } from '@hebei/domain';
import { App, Button, Cascader, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useCurrentUser } from '../../../app/current-user';
import { divisionSearch, useDivisionOptions } from '../../../app/divisions';
import { useFormErrors } from '../../../app/components';
import { afterToday, useToday } from '../../../app/today';
import { OwnRegistryRecordQuery, SubmitChangeReportMutation } from '../../../graphql/changes';
import type { ChangeField, ChangeType } from '../../../graphql/generated/graphql';
import { EvidenceUpload, evidenceIds, CHANGE_FIELD, CHANGE_TYPE } from '../../../components';

interface Values {
  type: ChangeType;
  changeDate: Dayjs;
  description: string;
  changes: { field?: ChangeField; after?: string; division?: string[] }[];
  evidence?: UploadFile[];
}

const REFETCH = ['ChangeReports'];
/** The report's own fields that the server may name in `extensions.fields` (the rows of `changes` are told apart below). */
const FIELDS: readonly string[] = ['type', 'changeDate', 'description'];

/** 重大变化情况报告表 (Art. 11): what changed and when, before → after of the registry fields, evidence. */
export function ChangeReportModal({ open, onClose: close }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const record = useQuery(OwnRegistryRecordQuery, { variables: { id: user.institutionId ?? '' }, skip: !open || !user.institutionId });
  // Every county of the province: an institution may move anywhere in Hebei.
  const anywhere = useMemo(() => ({ ...user, role: 'PROVINCE' as const }), [user]);
  const { options } = useDivisionOptions(anywhere);
  const [submit, submitting] = useMutation(SubmitChangeReportMutation, { refetchQueries: REFETCH });
  const changeDate = Form.useWatch('changeDate', form);
  const changes = Form.useWatch('changes', form) ?? [];
  // Beside its field: the report's own fields, a row's 变化事项, and a row's 变化后 where it is a text box (a new
  // 所在地 is picked in a cascader). Above the form: list-level errors (类型要求的事项), 证明材料, the rest.
  const errors = useFormErrors(
    form,
    (path) => {
      const [top, row, leaf] = path.split('.');
      if (top !== 'changes') return FIELDS.includes(top);
      return leaf === 'field' || (leaf === 'after' && changes[Number(row)]?.field !== 'divisionCode');
    },
    'change-error',
  );
  // The next opening starts without the last one's error.
  const onClose = () => {
    errors.clear();
    close();
  };
  const inst = record.data?.institution;
  const today = useToday();
  const dateText = changeDate ? changeDate.format('YYYY-MM-DD') : null;
  const due = dateText && isIsoDate(dateText) ? changeReportDueDate(dateText) : null;
  const late = dateText && today && isIsoDate(dateText) ? isChangeReportLate(dateText, today) : false;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
  }, [open, form]);

  const current = (field?: ChangeField) => {
    if (!field || !inst) return '';
    const v = inst[field];
    return v ?? '（空）';
  };

  const onFinish = async (v: Values) => {
    await errors.attempt(async () => {
      await submit({
        variables: {
          input: {
            type: v.type,
            changeDate: v.changeDate.format('YYYY-MM-DD'),
            description: v.description,
            changes: (v.changes ?? [])
              .filter((c) => c.field)
              .map((c) => ({
                field: c.field!,
                after: c.field === 'divisionCode' ? (c.division?.[c.division.length - 1] ?? '') : (c.after ?? ''),
              })),
            evidenceIds: evidenceIds(v.evidence),
          },
        },
      });
      message.success('重大变化报告已提交，等待市级主管部门核实');
      onClose();
    });
  };

  const used = new Set(changes.map((c) => c?.field).filter(Boolean));
  return (
    <Modal
      open={open}
      title="报告重大变化"
      width={820}
      okText="提交报告"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: submitting.loading }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        发生更名、合并、重组、迁移等与入库条件有关的重大变化，应在变化后{MAJOR_CHANGE_REPORT_MONTHS}
        个月内报告（第十一条），由市级主管部门核实。逾期报告仍受理并标记逾期。
      </Typography.Paragraph>
      {errors.alert}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ changes: [] }} data-testid="change-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="type" label="变化类型" rules={[{ required: true, message: '请选择变化类型' }]}>
              <Select placeholder="请选择" options={Object.entries(CHANGE_TYPE).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="changeDate"
              label="变化发生日期"
              rules={[{ required: true, message: '请选择变化发生日期' }]}
              extra={
                due
                  ? `应于 ${due} 前报告${late ? '（已逾期，提交后标记为逾期报告）' : ''}`
                  : `变化后${MAJOR_CHANGE_REPORT_MONTHS}个月内报告`
              }
            >
              <DatePicker style={{ width: '100%' }} disabledDate={afterToday(today)} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>变化事项（变化前取本机构登记信息）</Typography.Text>
        <Form.List name="changes">
          {(rows, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {rows.map((row) => {
                const field = changes[row.name]?.field;
                return (
                  <Row gutter={12} key={row.key} align="top">
                    <Col span={6}>
                      <Form.Item name={[row.name, 'field']} rules={[{ required: true, message: '请选择' }]}>
                        <Select
                          placeholder="变化事项"
                          options={Object.entries(CHANGE_FIELD).map(([value, label]) => ({
                            value,
                            label,
                            disabled: used.has(value as ChangeField) && value !== field,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item>
                        <Input
                          value={
                            field === 'divisionCode'
                              ? (options.flatMap((c) => [c, ...(c.children ?? [])]).find((d) => d.value === inst?.divisionCode)?.label ??
                                current(field))
                              : current(field)
                          }
                          disabled
                          placeholder="变化前"
                        />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      {field === 'divisionCode' ? (
                        <Form.Item name={[row.name, 'division']} rules={[{ required: true, message: '请选择变化后的所在地' }]}>
                          <Cascader options={options} showSearch={divisionSearch} placeholder="变化后的县（市、区）" />
                        </Form.Item>
                      ) : (
                        <Form.Item name={[row.name, 'after']} rules={[{ required: true, message: '请填写变化后的值' }]}>
                          <Input placeholder="变化后" maxLength={255} />
                        </Form.Item>
                      )}
                    </Col>
                    <Col span={2}>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(row.name)} aria-label="删除该项" />
                    </Col>
                  </Row>
                );
              })}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({})}
                disabled={rows.length >= CHANGE_FIELDS.length}
                data-testid="change-add-field"
              >
                添加变化事项
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item
          name="description"
          label="变化情况说明"
          rules={[{ required: true, min: 10, message: '请填写变化情况说明（不少于10个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount placeholder="变化的原因、经过、对服务能力和入库条件的影响" />
        </Form.Item>
        <Form.Item name="evidence" label="证明材料" valuePropName="value">
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
