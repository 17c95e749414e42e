import { useMutation } from '@apollo/client/react';
import { App, Cascader, Col, Divider, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCurrentUser } from '../../../app/current-user';
import { divisionPath, divisionSearch, useDivisionOptions } from '../../../app/divisions';
import { useFormErrors } from '../../../app/components';
import { fieldErrors } from '../../../app/errors';
import { USCC_RULE } from '../../../app/form-rules';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, optionsOf } from '../../../app/labels';
import { MainCategoriesFields, NumberField, UnitAddressFields, UnitContactFields, notMoreThan } from '../../../components';
import type { InstitutionInput } from '../../../graphql/generated/graphql';
import { CreateInstitutionMutation } from '../../../graphql/institutions';

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

export function CreateInstitutionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const divisions = useDivisionOptions(user);
  // Every cached list and counter of institutions is stale now; open ones refetch, the rest on their next visit.
  const [create, { loading }] = useMutation(CreateInstitutionMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'institutions' });
      cache.gc();
    },
  });
  const errors = useFormErrors(form, FIELDS);
  const mainCategories = Form.useWatch('mainCategories', form) ?? [];
  const needsOther = mainCategories.includes('OTHER');

  const submit = async (v: Values) => {
    errors.clear();
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
      errors.report(e);
      // The form is long: the fields the server named may be out of sight.
      if (fieldErrors(e).length) message.error('提交未成功，请根据提示修改后重试');
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
      afterClose={errors.clear}
      destroyOnHidden
    >
      {errors.alert}
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
            <Form.Item name="uscc" label="统一社会信用代码" rules={[USCC_RULE]} required>
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
          <MainCategoriesFields required />
          <UnitAddressFields />
          <NumberField name="registeredCapital" label="注册资本（万元）" />
        </Row>
        <Divider titlePlacement="start" plain>
          联系方式
        </Divider>
        <Row gutter={16}>
          <UnitContactFields />
        </Row>
        <Divider titlePlacement="start" plain>
          人员、专家与资产
        </Divider>
        <Row gutter={16}>
          <NumberField name="employees" label="从业人数" integer max={1_000_000} />
          <NumberField
            name="qualifiedStaff"
            label="大专以上和中级职称以上人数"
            integer
            max={1_000_000}
            dependencies={['employees']}
            rules={[notMoreThan('employees', '不能超过从业人数')]}
          />
          <NumberField name="cooperatingExperts" label="合作专家数量" integer max={100_000} />
          <NumberField
            name="seniorExperts"
            label="其中副高级以上"
            integer
            max={100_000}
            dependencies={['cooperatingExperts']}
            rules={[notMoreThan('cooperatingExperts', '不能超过合作专家数量')]}
          />
          <NumberField name="cooperatingInstitutions" label="合作机构数量" integer max={100_000} />
          <NumberField name="serviceAssets" label="服务资产（万元）" />
          <NumberField name="totalAssets" label="总资产（万元）" />
          <NumberField name="premisesArea" label="服务场地（平方米）" max={10_000_000} />
        </Row>
      </Form>
    </Modal>
  );
}
