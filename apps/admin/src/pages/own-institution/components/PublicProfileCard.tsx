import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Form, Input, Row, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, useFormErrors } from '../../../app/components';
import { OwnPublicProfileQuery, UpdateMyPublicProfileMutation } from '../../../graphql/browse';
import type { PublicProfileInput } from '../../../graphql/generated/graphql';
import { PHONE_RULE } from '../../../app/form-rules';

type Values = Required<{ [K in keyof PublicProfileInput]: string }>;
const FIELDS = ['introduction', 'website', 'contactPerson', 'contactPhone', 'email'] as const;

/**
 * 对外展示信息: what the registry shows besides the registration data (name, place and categories change only
 * through a change report). Only an admitted institution appears in the registry, so only it can edit this.
 */
export function PublicProfileCard({ institutionId }: { institutionId: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { data, loading, error, refetch } = useQuery(OwnPublicProfileQuery, { variables: { id: institutionId } });
  // The contact fields are also the unit's registration contact shown above this card.
  const [save, saving] = useMutation(UpdateMyPublicProfileMutation, {
    refetchQueries: ['OwnPublicProfile', 'Institution'],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(form, FIELDS);
  const profile = data?.institution;
  const admitted = profile?.registryStatus === 'ADMITTED';

  useEffect(() => {
    if (!profile) return;
    form.setFieldsValue({
      introduction: profile.introduction ?? '',
      website: profile.website ?? '',
      contactPerson: profile.contactPerson ?? '',
      contactPhone: profile.contactPhone ?? '',
      email: profile.email ?? '',
    });
  }, [profile, form]);

  const submit = async (v: Values) => {
    errors.clear();
    // An empty string clears a field on the server; every field is sent so the form is what gets stored.
    const input: PublicProfileInput = Object.fromEntries(FIELDS.map((k) => [k, (v[k] ?? '').trim()]));
    try {
      await save({ variables: { input } });
      message.success('对外展示信息已保存');
    } catch (e) {
      errors.report(e);
    }
  };

  return (
    <Card
      title="对外展示信息"
      className="page-card"
      variant="borderless"
      style={{ marginTop: 16 }}
      extra={
        admitted ? (
          <Button icon={<EyeOutlined />} onClick={() => navigate(`/public/registry/${institutionId}`)}>
            预览服务资源库页面
          </Button>
        ) : null
      }
      data-testid="public-profile-card"
    >
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !profile ? <Skeleton active /> : null}
      {profile && !admitted ? <Alert type="info" showIcon title="入库后可维护在服务资源库中展示的机构简介、网站和联系方式。" /> : null}
      {errors.alert}
      <Form<Values>
        form={form}
        name="publicProfile"
        layout="vertical"
        onFinish={submit}
        disabled={!admitted || saving.loading}
        hidden={!admitted}
      >
        <Form.Item name="introduction" label="机构简介" rules={[{ max: 2000, message: '机构简介最多2000个字' }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="主要服务领域、服务能力、资质和特色，将展示在服务资源库中" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="website"
              label="网站"
              rules={[
                { pattern: /^$|^https?:\/\/[^\s/$.?#][^\s]*$/i, message: '网站地址应以 http:// 或 https:// 开头' },
                { max: 200, message: '网站地址最多200个字符' },
              ]}
            >
              <Input maxLength={200} placeholder="https://" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
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
          <Col xs={24} md={12}>
            <Form.Item name="contactPerson" label="对外联系人" rules={[{ max: 50, message: '联系人最多50个字' }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label="对外联系电话" rules={[PHONE_RULE]}>
              <Input maxLength={20} placeholder="手机号或 0314-1234567" />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            保存
          </Button>
          <Button
            onClick={() =>
              profile &&
              form.setFieldsValue({
                introduction: profile.introduction ?? '',
                website: profile.website ?? '',
                contactPerson: profile.contactPerson ?? '',
                contactPhone: profile.contactPhone ?? '',
                email: profile.email ?? '',
              })
            }
          >
            撤销修改
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
