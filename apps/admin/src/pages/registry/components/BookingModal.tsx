import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Col, Descriptions, Form, Input, Modal, Result, Row, Space, Tag, Typography } from 'antd';
import { useContext, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { CurrentUserContext } from '../../../app/current-user';
import { useFormErrors } from '../../../app/components';
import { fieldErrors } from '../../../app/errors';
import { PRODUCT_NATURE_COLORS, PRODUCT_NATURE_LABELS, ROLE_LABELS } from '../../../app/labels';
import { BookServiceMutation, MyEnterpriseContactQuery } from '../../../graphql/bookings';
import type { BookServiceInput, BookServiceMutation as BookServiceResult, ProductNature } from '../../../graphql/generated/graphql';
import { BOOKING_RESPONSE_WORKING_DAYS } from '@hebei/domain';
import { PHONE_RULE } from '../../../app/form-rules';

export interface BookableProduct {
  id: string;
  name: string;
  nature: ProductNature;
  priceNote: string | null;
  category: { name: string };
}

interface Props {
  product: BookableProduct | null;
  institutionName: string;
  /** Where an anonymous visitor comes back to after signing in. */
  returnTo: string;
  onClose: () => void;
}

type Values = Omit<BookServiceInput, 'productId'>;
const FIELDS = ['need', 'contactPerson', 'contactPhone', 'preferredTime'] as const;

/** Booking a product (enterprises only); everyone else is told how to become able to book. */
export function BookingModal({ product, institutionName, returnTo, onClose }: Props) {
  const user = useContext(CurrentUserContext);
  const isEnterprise = user?.role === 'ENTERPRISE';
  const [booked, setBooked] = useState<BookServiceResult['bookService'] | null>(null);
  const close = () => {
    setBooked(null);
    onClose();
  };
  return (
    <Modal
      open={!!product}
      title="预约服务"
      width={640}
      onCancel={close}
      footer={null}
      mask={{ closable: false }}
      destroyOnHidden
      data-testid="booking-modal"
    >
      {product ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          styles={{ label: { width: 110 } }}
          items={[
            { key: 'institution', label: '服务机构', children: institutionName },
            {
              key: 'product',
              label: '服务产品',
              children: (
                <Space size={6} wrap>
                  <span>{product.name}</span>
                  <Tag>{product.category.name}</Tag>
                  <Tag color={PRODUCT_NATURE_COLORS[product.nature]}>{PRODUCT_NATURE_LABELS[product.nature]}</Tag>
                </Space>
              ),
            },
            ...(product.priceNote ? [{ key: 'price', label: '收费说明', children: product.priceNote }] : []),
          ]}
        />
      ) : null}
      {!product ? null : booked ? (
        <BookedResult booking={booked} onClose={close} />
      ) : isEnterprise ? (
        <BookingForm productId={product.id} onBooked={setBooked} onCancel={close} />
      ) : (
        <NotAnEnterprise roleLabel={user ? ROLE_LABELS[user.role] : null} returnTo={returnTo} />
      )}
    </Modal>
  );
}

function BookingForm({
  productId,
  onBooked,
  onCancel,
}: {
  productId: string;
  onBooked: (b: BookServiceResult['bookService']) => void;
  onCancel: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const contact = useQuery(MyEnterpriseContactQuery);
  const errors = useFormErrors(form, FIELDS, 'booking-error');
  // The enterprise's list is stale now; it refetches on its next visit.
  const [book, { loading }] = useMutation(BookServiceMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myBookings' });
      cache.gc();
    },
  });
  const enterprise = contact.data?.myEnterprise;
  // The enterprise's registered contact, unless the user has typed something already.
  useEffect(() => {
    if (!enterprise) return;
    const current = form.getFieldsValue(['contactPerson', 'contactPhone']);
    form.setFieldsValue({
      contactPerson: current.contactPerson || enterprise.contactPerson || '',
      contactPhone: current.contactPhone || enterprise.contactPhone || '',
    });
  }, [enterprise, form]);

  const submit = async (v: Values) => {
    errors.clear();
    try {
      const { data } = await book({
        variables: {
          input: {
            productId,
            need: v.need.trim(),
            contactPerson: v.contactPerson.trim(),
            contactPhone: v.contactPhone.trim(),
            preferredTime: v.preferredTime?.trim() || undefined,
          },
        },
      });
      if (data) onBooked(data.bookService);
    } catch (e) {
      errors.report(e);
      // The form is long: a field error may be out of sight.
      if (fieldErrors(e).length) message.error('提交未成功，请根据提示修改后重试');
    }
  };

  return (
    <>
      {errors.alert}
      <Form<Values> form={form} name="bookService" layout="vertical" onFinish={submit} disabled={loading} data-testid="booking-form">
        <Form.Item
          name="need"
          label="服务需求"
          rules={[
            { required: true, whitespace: true, message: '请填写服务需求' },
            { min: 5, max: 2000, message: '服务需求应为5–2000个字' },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="请说明企业情况、需要解决的问题和期望达到的效果" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="contactPerson"
              label="联系人"
              rules={[
                { required: true, whitespace: true, message: '请填写联系人' },
                { max: 50, message: '联系人最多50个字' },
              ]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }, PHONE_RULE]}>
              <Input maxLength={20} placeholder="手机号或 0314-1234567" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="preferredTime" label="期望服务时间" rules={[{ max: 100, message: '期望服务时间最多100个字' }]}>
          <Input maxLength={100} placeholder="如：12月上旬工作日上午（选填）" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          提交后，服务机构须在{BOOKING_RESPONSE_WORKING_DAYS}个工作日内（自提交次日起算）响应，您可以在“我的预约”中查看处理进度。
        </Typography.Paragraph>
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onCancel} disabled={loading}>
            取消
          </Button>
          <Button type="primary" htmlType="submit" loading={loading}>
            提交预约
          </Button>
        </Space>
      </Form>
    </>
  );
}

function BookedResult({ booking, onClose }: { booking: BookServiceResult['bookService']; onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title="预约已提交"
      style={{ padding: '8px 0 0' }}
      subTitle={
        <Space orientation="vertical" size={4} data-testid="booking-deadline">
          <span>
            机构应于 <Typography.Text strong>{booking.responseDeadline}</Typography.Text> 前响应（{BOOKING_RESPONSE_WORKING_DAYS}个工作日）
            {booking.deadlineProvisional ? (
              <Tag color="warning" style={{ marginInlineStart: 8 }}>
                暂定
              </Tag>
            ) : null}
          </span>
          {booking.deadlineProvisional ? (
            <Typography.Text type="secondary">
              期限涉及的年份尚未发布节假日安排，暂按周一至周五计算，安排发布后将自动重新计算。
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">截止日当天24时前响应均为按时；逾期未响应将被记录并纳入机构年度评价。</Typography.Text>
          )}
        </Space>
      }
      extra={[
        <Button key="mine" type="primary" onClick={() => navigate('/my-bookings')}>
          查看我的预约
        </Button>,
        <Button key="close" onClick={onClose}>
          继续浏览
        </Button>,
      ]}
    />
  );
}

function NotAnEnterprise({ roleLabel, returnTo }: { roleLabel: string | null; returnTo: string }) {
  const navigate = useNavigate();
  if (roleLabel) {
    return (
      <Alert
        type="info"
        showIcon
        title="仅中小企业账号可以预约服务"
        description={`当前登录的是${roleLabel}账号。如需预约，请使用中小企业账号登录。`}
        data-testid="booking-login-hint"
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      title="请以中小企业账号登录后预约"
      description="预约服务需要中小企业账号，登录后将回到本页面。还没有账号的企业可以先注册。"
      data-testid="booking-login-hint"
      action={
        <Space orientation="vertical">
          <Button type="primary" size="small" block onClick={() => navigate('/login', { state: { from: returnTo } })}>
            登录
          </Button>
          <Button size="small" block onClick={() => navigate('/register/enterprise', { state: { from: returnTo } })}>
            企业注册
          </Button>
        </Space>
      }
    />
  );
}
