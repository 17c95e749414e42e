import { App, Form, Modal, Row } from 'antd';
import { useState, type ReactNode } from 'react';
import { useFormErrors } from '../app/components';

export interface CrudModalProps<Item, Values, Input> {
  /** What is edited, e.g. 服务产品: the title says 新增服务产品 / 编辑服务产品. */
  noun: string;
  open: boolean;
  /** The row being edited; null creates one. */
  editing: Item | null;
  onClose: () => void;
  /** The form's values when it opens (the row's, or the defaults for a new one). */
  initialValues: Partial<Values>;
  /** The input fields the server may name in `extensions.fields`; others are listed above the form. */
  fields: readonly string[];
  toInput: (values: Values) => Input;
  /** Creates or updates; resolves to the sentence to confirm it with. */
  save: (input: Input, editing: Item | null) => Promise<string>;
  formName: string;
  /** The Form.Items, laid out in a 16px-gutter grid. */
  children: ReactNode;
  'data-testid': string;
}

/**
 * The add/edit dialog of an institution's own list (products, cases): saves through the page's mutation and puts
 * server field errors next to their fields. CrudListPage mounts it with a new `key` on every opening (useDialog),
 * so each opening starts from `initialValues` with no error left over.
 */
export function CrudModal<Item, Values, Input>({
  noun,
  open,
  editing,
  onClose,
  initialValues,
  fields,
  toInput,
  save,
  formName,
  children,
  'data-testid': testId,
}: CrudModalProps<Item, Values, Input>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(form, fields, `${testId}-error`);

  const submit = async (values: Values) => {
    setSaving(true);
    await errors.attempt(async () => {
      message.success(await save(toInput(values), editing));
      onClose();
    });
    setSaving(false);
  };

  return (
    <Modal
      open={open}
      title={`${editing ? '编辑' : '新增'}${noun}`}
      width={720}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving }}
      cancelButtonProps={{ disabled: saving }}
      mask={{ closable: false }}
      data-testid={testId}
    >
      {errors.alert}
      <Form<Values> form={form} name={formName} layout="vertical" onFinish={submit} disabled={saving} initialValues={initialValues}>
        <Row gutter={16}>{children}</Row>
      </Form>
    </Modal>
  );
}
