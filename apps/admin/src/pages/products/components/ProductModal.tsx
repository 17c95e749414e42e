import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { applyFieldErrors, errorMessage, fieldErrors, type FieldError } from '../../../app/errors';
import { PRODUCT_NATURE_LABELS, optionsOf } from '../../../app/labels';
import type { ServiceProductInput } from '../../../graphql/generated/graphql';
import { CreateServiceProductMutation, UpdateServiceProductMutation } from '../../../graphql/products';
import { ServiceCategoriesQuery } from '../../../graphql/reference';
import type { ProductRow } from '../ProductsPage';

const FIELDS = ['name', 'categoryCode', 'nature', 'content', 'priceNote', 'published'] as const;

export function ProductModal({ product, onClose }: { product: ProductRow | 'new' | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceProductInput>();
  const categories = useQuery(ServiceCategoriesQuery);
  const creating = product === 'new';
  const editing = product && product !== 'new' ? product : null;
  const [create, created] = useMutation(CreateServiceProductMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceProducts' });
      cache.gc();
    },
  });
  const [update, updated] = useMutation(UpdateServiceProductMutation);
  const loading = created.loading || updated.loading;
  const [failure, setFailure] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const nature = Form.useWatch('nature', form);

  useEffect(() => {
    if (!product) return;
    setFailure(null);
    setOtherErrors([]);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        name: editing.name,
        categoryCode: editing.categoryCode,
        nature: editing.nature,
        content: editing.content,
        priceNote: editing.priceNote ?? '',
        published: editing.published,
      });
    }
  }, [product, editing, form]);

  const submit = async (v: ServiceProductInput) => {
    setFailure(null);
    setOtherErrors([]);
    const input: ServiceProductInput = {
      name: v.name.trim(),
      categoryCode: v.categoryCode,
      nature: v.nature,
      content: v.content.trim(),
      priceNote: v.nature === 'PAID' ? v.priceNote?.trim() || null : null,
      published: v.published ?? false,
    };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input } });
        message.success(`已保存“${input.name}”`);
      } else {
        await create({ variables: { input } });
        message.success(input.published ? `已新增并发布“${input.name}”` : `已新增“${input.name}”（未发布）`);
      }
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
      open={!!product}
      title={creating ? '新增服务产品' : '编辑服务产品'}
      width={720}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      mask={{ closable: false }}
      forceRender
      data-testid="product-modal"
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="product-error" /> : null}
      {otherErrors.length ? (
        <Alert type="error" showIcon title={otherErrors.map((e) => e.message).join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<ServiceProductInput>
        form={form}
        name="serviceProduct"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        initialValues={{ nature: 'FREE', published: false }}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label="产品名称"
              rules={[
                { required: true, whitespace: true, message: '请输入产品名称' },
                { min: 2, max: 100, message: '产品名称应为2–100个字' },
              ]}
            >
              <Input maxLength={100} placeholder="如：中小企业数字化转型诊断" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="categoryCode" label="服务类别" rules={[{ required: true, message: '请选择服务类别' }]}>
              <Select
                placeholder="请选择"
                loading={categories.loading}
                options={(categories.data?.serviceCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nature" label="服务性质" rules={[{ required: true, message: '请选择服务性质' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={optionsOf(PRODUCT_NATURE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="published" label="发布" valuePropName="checked" tooltip="发布后在服务资源库展示，企业可以预约">
              <Switch checkedChildren="发布" unCheckedChildren="暂不发布" />
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
              <Input.TextArea rows={5} maxLength={2000} showCount placeholder="服务对象、服务方式、服务流程、服务周期和交付成果" />
            </Form.Item>
          </Col>
          {nature === 'PAID' ? (
            <Col span={24}>
              <Form.Item
                name="priceNote"
                label="收费说明"
                rules={[
                  { required: true, whitespace: true, message: '收费产品须填写收费说明' },
                  { max: 200, message: '收费说明最多200个字' },
                ]}
              >
                <Input maxLength={200} placeholder="如：按检测项目收费，中小企业八折" />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
