import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Cascader, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { parseUscc } from '@hebei/domain';
import { useCurrentUser } from '../../../app/current-user';
import { divisionPath, divisionSearch, useDivisionOptions } from '../../../app/divisions';
import { applyFieldErrors, errorMessage, fieldErrors, type FieldError } from '../../../app/errors';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, optionsOf } from '../../../app/labels';
import type { InstitutionInput } from '../../../graphql/generated/graphql';
import { CreateInstitutionMutation } from '../../../graphql/institutions';
import { ServiceCategoriesQuery } from '../../../graphql/reference';

type Values = Omit<InstitutionInput, 'divisionCode' | 'foundedOn'> & { divisionCode?: string[]; foundedOn?: Dayjs | null };

const FIELDS: readonly (keyof InstitutionInput)[] = [
  'name',
  'uscc',
  'institutionType',
  'nature',
  'divisionCode',
  'mainCategories',
  'otherCategoryDescription',
  'address',
  'postalCode',
  'legalRepresentative',
  'foundedOn',
  'registeredCapital',
  'contactPerson',
  'contactPhone',
  'email',
  'employees',
  'qualifiedStaff',
  'cooperatingExperts',
  'seniorExperts',
  'cooperatingInstitutions',
  'serviceAssets',
  'totalAssets',
  'premisesArea',
];

const usccRule: Rule = {
  validator: async (_, value?: string) => {
    if (!value?.trim()) throw new Error('请输入统一社会信用代码');
    const parsed = parseUscc(value);
    if (!parsed.valid) throw new Error(parsed.errors[0].message);
  },
};

const numberField = (
  name: keyof InstitutionInput,
  label: string,
  opts: { integer?: boolean; max?: number; rules?: Rule[]; dependencies?: string[] } = {},
) => (
  <Col xs={24} md={8} key={name}>
    <Form.Item name={name} label={label} rules={opts.rules} dependencies={opts.dependencies}>
      <InputNumber<number>
        min={0}
        max={opts.max ?? 100_000_000}
        precision={opts.integer ? 0 : 2}
        style={{ width: '100%' }}
        placeholder={opts.integer ? '请输入整数' : '请输入数值'}
      />
    </Form.Item>
  </Col>
);

export function CreateInstitutionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const divisions = useDivisionOptions(user);
  const categories = useQuery(ServiceCategoriesQuery);
  // Every cached list and counter of institutions is stale now; open ones refetch, the rest on their next visit.
  const [create, { loading }] = useMutation(CreateInstitutionMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'institutions' });
      cache.gc();
    },
  });
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const mainCategories = Form.useWatch('mainCategories', form) ?? [];
  const needsOther = mainCategories.includes('OTHER');

  const submit = async (v: Values) => {
    setFailure(null);
    setOtherErrors([]);
    const { divisionCode, foundedOn, ...rest } = v;
    const input: InstitutionInput = {
      ...rest,
      name: rest.name.trim(),
      uscc: rest.uscc.trim(),
      divisionCode: divisionCode?.[divisionCode.length - 1] ?? '',
      foundedOn: foundedOn ? foundedOn.format('YYYY-MM-DD') : undefined,
      otherCategoryDescription: needsOther ? rest.otherCategoryDescription?.trim() : undefined,
    };
    for (const k of Object.keys(input) as (keyof InstitutionInput)[]) {
      if (input[k] === '' || input[k] === null) delete input[k];
    }
    try {
      const { data } = await create({ variables: { input } });
      message.success(`已新增服务机构“${data?.createInstitution.name ?? input.name}”`);
      form.resetFields();
      onClose();
    } catch (e) {
      if (fieldErrors(e).length === 0) {
        setFailure(errorMessage(e));
        return;
      }
      setOtherErrors(applyFieldErrors(form, e, FIELDS));
      message.error('提交未成功，请根据提示修改后重试');
    }
  };

  const initialDivision = user.role === 'COUNTY' ? divisionPath(divisions.options, user.division?.code) : undefined;

  return (
    <Modal
      open={open}
      title="新增服务机构"
      width={920}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading }}
      cancelButtonProps={{ disabled: loading }}
      mask={{ closable: false }}
      centered
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto', overflowX: 'hidden', paddingInlineEnd: 8 } }}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length ? (
        <Alert
          type="error"
          showIcon
          title="提交未成功"
          description={otherErrors.map((e) => e.message).join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<Values>
        form={form}
        name="createInstitution"
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        initialValues={{ mainCategories: [], divisionCode: initialDivision }}
        scrollToFirstError
        data-testid="create-institution-form"
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          单位基本信息
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label="单位名称"
              rules={[
                { required: true, whitespace: true, message: '请输入单位名称' },
                { min: 2, max: 200, message: '单位名称应为2–200个字' },
              ]}
            >
              <Input placeholder="与营业执照或登记证书一致" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true, message: '' }, usccRule]} validateFirst>
              <Input placeholder="18位代码" maxLength={30} className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="institutionType" label="机构性质" rules={[{ required: true, message: '请选择机构性质' }]}>
              <Select placeholder="请选择" options={optionsOf(INSTITUTION_TYPE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nature" label="服务性质" rules={[{ required: true, message: '请选择服务性质' }]}>
              <Select placeholder="请选择" options={optionsOf(SERVICE_NATURE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="divisionCode" label="所在县（市、区）" rules={[{ required: true, message: '请选择所在县（市、区）' }]}>
              <Cascader options={divisions.options} loading={divisions.loading} showSearch={divisionSearch} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} md={needsOther ? 12 : 24}>
            <Form.Item
              name="mainCategories"
              label="主要服务方向（最多两项）"
              rules={[
                { required: true, type: 'array', min: 1, message: '请选择主要服务方向' },
                { type: 'array', max: 2, message: '主要服务方向最多选择两项' },
              ]}
            >
              <Select
                mode="multiple"
                maxCount={2}
                placeholder="请选择1–2项"
                loading={categories.loading}
                options={(categories.data?.serviceCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
              />
            </Form.Item>
          </Col>
          {needsOther ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="otherCategoryDescription"
                label="“其他”服务方向说明"
                rules={[
                  { required: true, whitespace: true, message: '选择“其他”时请填写具体服务方向' },
                  { max: 200, message: '最多200个字' },
                ]}
              >
                <Input placeholder="请填写具体服务方向" maxLength={200} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={16}>
            <Form.Item name="address" label="地址" rules={[{ max: 255, message: '地址最多255个字' }]}>
              <Input placeholder="请输入详细地址" maxLength={255} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="postalCode" label="邮政编码" rules={[{ pattern: /^\d{6}$/, message: '邮政编码应为6位数字' }]}>
              <Input placeholder="6位数字" maxLength={6} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalRepresentative" label="法定代表人" rules={[{ max: 50, message: '法定代表人最多50个字' }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="foundedOn" label="成立日期">
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          {numberField('registeredCapital', '注册资本（万元）')}
        </Row>
        <Divider titlePlacement="start" plain>
          联系方式
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contactPerson" label="联系人" rules={[{ max: 50, message: '联系人最多50个字' }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactPhone"
              label="联系电话"
              rules={[{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为11位手机号或区号加座机号' }]}
            >
              <Input placeholder="手机号或 0314-1234567" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="email"
              label="电子信箱"
              rules={[
                { type: 'email', message: '电子信箱格式不正确' },
                { max: 100, message: '电子信箱最多100个字符' },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          人员、专家与资产
        </Divider>
        <Row gutter={16}>
          {numberField('employees', '从业人数', { integer: true, max: 1_000_000 })}
          {numberField('qualifiedStaff', '大专以上和中级职称以上人数', {
            integer: true,
            max: 1_000_000,
            dependencies: ['employees'],
            rules: [
              ({ getFieldValue }) => ({
                validator: async (_, v?: number | null) => {
                  const employees = getFieldValue('employees') as number | null | undefined;
                  if (v != null && employees != null && v > employees) throw new Error('不能超过从业人数');
                },
              }),
            ],
          })}
          {numberField('cooperatingExperts', '合作专家数量', { integer: true, max: 100_000 })}
          {numberField('seniorExperts', '其中副高级以上', {
            integer: true,
            max: 100_000,
            dependencies: ['cooperatingExperts'],
            rules: [
              ({ getFieldValue }) => ({
                validator: async (_, v?: number | null) => {
                  const total = getFieldValue('cooperatingExperts') as number | null | undefined;
                  if (v != null && total != null && v > total) throw new Error('不能超过合作专家数量');
                },
              }),
            ],
          })}
          {numberField('cooperatingInstitutions', '合作机构数量', { integer: true, max: 100_000 })}
          {numberField('serviceAssets', '服务资产（万元）')}
          {numberField('totalAssets', '总资产（万元）')}
          {numberField('premisesArea', '服务场地（平方米）', { max: 10_000_000 })}
        </Row>
      </Form>
    </Modal>
  );
}
