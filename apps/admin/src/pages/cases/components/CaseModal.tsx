import { useMutation } from '@apollo/client/react';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { applyFieldErrors, errorMessage, fieldErrors, type FieldError } from '../../../app/errors';
import { CreateServiceCaseMutation, UpdateServiceCaseMutation } from '../../../graphql/cases';
import type { ServiceCaseInput } from '../../../graphql/generated/graphql';
import type { CaseRow } from '../CasesPage';

type Values = Omit<ServiceCaseInput, 'servedOn'> & { servedOn?: Dayjs | null };
const FIELDS = ['title', 'enterpriseName', 'content', 'outcome', 'servedOn'] as const;

export function CaseModal({ serviceCase, onClose }: { serviceCase: CaseRow | 'new' | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = serviceCase && serviceCase !== 'new' ? serviceCase : null;
  const [create, created] = useMutation(CreateServiceCaseMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceCases' });
      cache.gc();
    },
  });
  const [update, updated] = useMutation(UpdateServiceCaseMutation);
  const loading = created.loading || updated.loading;
  const [failure, setFailure] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);

  useEffect(() => {
    if (!serviceCase) return;
    setFailure(null);
    setOtherErrors([]);
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing, servedOn: dayjs(editing.servedOn) });
  }, [serviceCase, editing, form]);

  const submit = async (v: Values) => {
    setFailure(null);
    setOtherErrors([]);
    const input: ServiceCaseInput = {
      title: v.title.trim(),
      enterpriseName: v.enterpriseName.trim(),
      content: v.content.trim(),
      outcome: v.outcome.trim(),
      servedOn: v.servedOn ? v.servedOn.format('YYYY-MM-DD') : '',
    };
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      message.success(`已保存案例“${input.title}”`);
      onClose();
    } catch (e) {
      if (!fieldErrors(e).length) {
        setFailure(errorMessage(e));
        return;
      }
      setOtherErrors(applyFieldErrors(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={!!serviceCase}
      title={editing ? '编辑服务案例' : '新增服务案例'}
      width={720}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      mask={{ closable: false }}
      forceRender
      data-testid="case-modal"
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length ? (
        <Alert type="error" showIcon title={otherErrors.map((e) => e.message).join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} name="serviceCase" layout="vertical" onFinish={submit} disabled={loading}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="title"
              label="案例标题"
              rules={[
                { required: true, whitespace: true, message: '请输入案例标题' },
                { min: 2, max: 200, message: '案例标题应为2–200个字' },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="enterpriseName"
              label="服务企业"
              rules={[
                { required: true, whitespace: true, message: '请输入服务企业名称' },
                { min: 2, max: 200, message: '服务企业名称应为2–200个字' },
              ]}
            >
              <Input maxLength={200} placeholder="企业全称" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="servedOn" label="服务日期" rules={[{ required: true, message: '请选择服务日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="content"
              label="服务内容"
              rules={[
                { required: true, whitespace: true, message: '请输入服务内容' },
                { min: 10, max: 2000, message: '服务内容应为10–2000个字' },
              ]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="outcome"
              label="服务成效"
              rules={[
                { required: true, whitespace: true, message: '请输入服务成效' },
                { min: 2, max: 2000, message: '服务成效应为2–2000个字' },
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount placeholder="可量化的成效，如成本降低、效率提升、获得的认定等" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
