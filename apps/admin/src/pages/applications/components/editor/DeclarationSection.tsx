import { Alert, Checkbox, Col, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { CREDIT_PLEDGE_TEXT, DECLARATION_TEXT } from '../../lib/form-values';

/** Credit pledge (Art. 6(7), material 10) and the truthfulness declaration (material 11). */
export function DeclarationSection() {
  const form = Form.useFormInstance();
  const signed: boolean | undefined = Form.useWatch('declarationSigned', form);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        信用承诺
      </Typography.Title>
      <Form.Item name="declaresNoCreditBlacklist" label="近两年信用情况" extra="须同时在“申请材料”中上传“信用中国”查询结果截图（材料10）">
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value={true}>{CREDIT_PLEDGE_TEXT}</Radio>
            <Radio value={false}>本单位近两年存在上述情形</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Typography.Title level={5}>申报材料真实性声明</Typography.Title>
      <Alert type="info" title={DECLARATION_TEXT} style={{ marginBottom: 16 }} />
      <Row gutter={16} align="middle">
        <Col xs={24} md={12}>
          <Form.Item name="declarationSigned" valuePropName="checked" style={{ marginBottom: 12 }}>
            <Checkbox>法定代表人已阅读并签署上述声明（纸质材料加盖申请单位公章）</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="declarationSignedBy"
            label="签署人（法定代表人）"
            dependencies={['declarationSigned']}
            rules={[
              { required: !!signed, whitespace: true, message: '请填写声明签署人（法定代表人）' },
              { max: 50, message: '最多50个字' },
            ]}
          >
            <Input maxLength={50} disabled={!signed} placeholder={signed ? '法定代表人姓名' : '勾选声明后填写'} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
