import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../../app/components';
import { CaptchaField, captchaAnswer, useCaptcha } from '../../../components';
import type { ObjectionInput } from '../../../graphql/generated/graphql';
import { FileObjectionMutation } from '../../../graphql/notices';

type Values = Omit<ObjectionInput, 'applicationId' | 'captcha'> & { captcha?: string };
const FIELDS = ['name', 'contact', 'content', 'captcha'] as const;
export interface ObjectionTarget {
  applicationId: string;
  name: string;
}

/** Anyone may object during the notice period (Art. 8(4)); the server limits how often per address. */
export function ObjectionModal({ target, onClose }: { target: ObjectionTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [file, { loading }] = useMutation(FileObjectionMutation);
  const errors = useFormErrors(form, FIELDS, 'objection-error');
  const [done, setDone] = useState(false);
  const captcha = useCaptcha(!!target);

  const submit = async (v: Values) => {
    if (!target) return;
    errors.clear();
    try {
      await file({
        variables: {
          input: {
            applicationId: target.applicationId,
            name: v.name.trim(),
            contact: v.contact.trim(),
            content: v.content.trim(),
            captcha: captchaAnswer(captcha, v.captcha),
          },
        },
      });
      setDone(true);
    } catch (e) {
      // A captcha is good for one attempt.
      captcha.refresh();
      form.setFieldValue('captcha', undefined);
      // The API's answers say what happened and what to do (e.g. 提交过于频繁，请于 40 分钟后再试).
      errors.report(e);
    }
  };

  return (
    <Modal
      open={!!target}
      title={target ? `对“${target.name}”提出异议` : '提出异议'}
      okText={done ? '关闭' : '提交异议'}
      cancelText="取消"
      onOk={() => (done ? onClose() : form.submit())}
      onCancel={onClose}
      okButtonProps={{ loading: loading && !done }}
      cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      afterClose={() => {
        setDone(false);
        errors.clear();
      }}
      destroyOnHidden
      data-testid="objection-modal"
    >
      {done ? (
        <Result status="success" title="异议已提交" subTitle="河北省工业和信息化厅将对异议进行核实，必要时通过您留下的联系方式与您联系。" />
      ) : (
        <>
          {errors.alert}
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="请实事求是地反映问题，并留下真实姓名（或单位名称）和联系方式；匿名或无具体事实的异议不予受理。"
          />
          <Form<Values> form={form} layout="vertical" name="objection" onFinish={submit} disabled={loading}>
            <Form.Item
              name="name"
              label="异议人姓名或单位"
              rules={[
                { required: true, whitespace: true, message: '请填写异议人姓名或单位' },
                { max: 50, message: '最多50个字' },
              ]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="contact"
              label="联系方式"
              rules={[
                { required: true, whitespace: true, message: '请填写联系方式' },
                { min: 5, max: 100, message: '请填写有效的联系方式（5–100个字符）' },
              ]}
            >
              <Input maxLength={100} placeholder="手机号、电话或电子邮箱" />
            </Form.Item>
            <Form.Item
              name="content"
              label="异议内容"
              rules={[
                { required: true, whitespace: true, message: '请填写异议内容' },
                { min: 10, max: 2000, message: '异议内容应为10–2000字' },
              ]}
            >
              <Input.TextArea rows={6} maxLength={2000} showCount placeholder="请写明具体事实和理由，可说明证明材料的获取方式" />
            </Form.Item>
            <CaptchaField captcha={captcha} />
          </Form>
        </>
      )}
    </Modal>
  );
}
