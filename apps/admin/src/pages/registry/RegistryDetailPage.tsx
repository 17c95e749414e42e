import { ArrowLeftOutlined, CalendarOutlined, EnvironmentOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Divider, Empty, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useContext, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { can } from '../../app/access';
import { CurrentUserContext } from '../../app/current-user';
import { errorCode } from '../../app/errors';
import {
  INSTITUTION_TYPE_LABELS,
  PRODUCT_NATURE_COLORS,
  PRODUCT_NATURE_LABELS,
  SERVICE_NATURE_COLORS,
  SERVICE_NATURE_LABELS,
  labelOf,
  ROLE_LABELS,
} from '../../app/labels';
import { PublicInstitutionQuery } from '../../graphql/browse';
import { BookingModal, type BookableProduct } from './components/BookingModal';
import { ServiceQuality } from './components/ServiceQuality';
import './registry.css';
import { BOOKING_RESPONSE_WORKING_DAYS } from '@hebei/domain';
import { InstitutionActivities } from './InstitutionActivities';

const text = (v: string | null | undefined) => (v ? v : '—');

/** An admitted institution's public page: profile, products to book, cases, ratings and response record. */
export function RegistryDetailPage({ basePath = '/registry' }: { basePath?: string }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const user = useContext(CurrentUserContext);
  const [booking, setBooking] = useState<BookableProduct | null>(null);
  // Only enterprises book (createBooking refuses everyone else); visitors get the button and the login prompt.
  const mayBook = !user || can(user.role, 'bookings.own');
  const { data, loading, error, refetch } = useQuery(PublicInstitutionQuery, { variables: { id }, skip: !/^\d+$/.test(id) });
  const back = (location.state as { back?: string } | null)?.back ?? basePath;
  const institution = data?.publicInstitution;
  const backButton = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
      返回服务资源库
    </Button>
  );

  if (!/^\d+$/.test(id) || errorCode(error) === 'NOT_FOUND') {
    return (
      <PageContainer title="服务资源库">
        <Result status="404" title="该服务机构不存在或已不在服务资源库中" extra={backButton} />
      </PageContainer>
    );
  }

  return (
    <PageContainer title={institution?.name ?? '机构详情'} extra={backButton}>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !institution ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {institution ? (
        <div data-testid="registry-detail">
          <Flex justify="space-between" align="flex-start" wrap gap={16}>
            <Flex vertical gap={10}>
              <Space size={[6, 6]} wrap>
                {institution.nature ? (
                  <Tag color={SERVICE_NATURE_COLORS[institution.nature]}>{SERVICE_NATURE_LABELS[institution.nature]}</Tag>
                ) : null}
                {institution.mainCategories.map((c) => (
                  <Tag key={c.code} color="blue" variant="outlined">
                    {c.name}
                  </Tag>
                ))}
                {institution.otherCategoryDescription ? (
                  <Typography.Text type="secondary">（{institution.otherCategoryDescription}）</Typography.Text>
                ) : null}
              </Space>
              <Space size={16} wrap>
                <Typography.Text type="secondary">
                  <EnvironmentOutlined /> {institution.division?.name ?? '—'}
                </Typography.Text>
                {institution.admittedOn ? (
                  <Typography.Text type="secondary">
                    <CalendarOutlined /> {institution.admittedOn} 入库
                  </Typography.Text>
                ) : null}
              </Space>
            </Flex>
            <ServiceQuality
              size="middle"
              averageRating={institution.averageRating}
              ratingCount={institution.ratingCount}
              onTimeResponseRate={institution.onTimeResponseRate}
            />
          </Flex>

          <Divider titlePlacement="start">机构简介</Divider>
          <Typography.Paragraph className="pre-wrap" data-testid="institution-introduction">
            {institution.introduction ?? <Typography.Text type="secondary">该机构暂未填写简介。</Typography.Text>}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'type', label: '机构性质', children: labelOf(INSTITUTION_TYPE_LABELS, institution.institutionType) },
              { key: 'division', label: '所在地区', children: text(institution.division?.name) },
              { key: 'address', label: '地址', children: text(institution.address), span: 'filled' },
              { key: 'contact', label: '联系人', children: text(institution.contactPerson) },
              { key: 'phone', label: '联系电话', children: text(institution.contactPhone) },
              { key: 'email', label: '电子信箱', children: text(institution.email) },
              {
                key: 'website',
                label: '网站',
                children: institution.website ? (
                  <a href={institution.website} target="_blank" rel="noopener noreferrer">
                    <LinkOutlined /> {institution.website}
                  </a>
                ) : (
                  '—'
                ),
              },
            ]}
          />

          <Divider titlePlacement="start">服务产品（{institution.products.length}）</Divider>
          {!user ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`中小企业登录后可以在线预约服务产品，机构须在${BOOKING_RESPONSE_WORKING_DAYS}个工作日内响应。`}
              action={
                <Space>
                  <Button size="small" type="primary" onClick={() => navigate('/login', { state: { from: `/registry/${id}` } })}>
                    登录
                  </Button>
                  <Button size="small" onClick={() => navigate('/register/enterprise', { state: { from: `/registry/${id}` } })}>
                    企业注册
                  </Button>
                </Space>
              }
            />
          ) : !mayBook ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`当前登录的是${ROLE_LABELS[user.role]}账号，仅可查看服务产品；在线预约由中小企业账号办理。`}
              data-testid="booking-view-only"
            />
          ) : null}
          {institution.products.length ? (
            <Row gutter={[16, 16]} data-testid="institution-products">
              {institution.products.map((p) => (
                <Col key={p.id} xs={24} xl={12}>
                  <Card
                    size="small"
                    className="product-card"
                    data-testid="product-card"
                    title={<Typography.Text ellipsis={{ tooltip: p.name }}>{p.name}</Typography.Text>}
                    extra={
                      mayBook ? (
                        <Button type="primary" size="small" onClick={() => setBooking(p)}>
                          预约
                        </Button>
                      ) : null
                    }
                  >
                    <Space size={6} wrap style={{ marginBottom: 8 }}>
                      <Tag>{p.category.name}</Tag>
                      <Tag color={PRODUCT_NATURE_COLORS[p.nature]}>{PRODUCT_NATURE_LABELS[p.nature]}</Tag>
                    </Space>
                    <Typography.Paragraph
                      ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (expanded: boolean) => (expanded ? '收起' : '展开') }}
                      style={{ marginBottom: 4 }}
                    >
                      {p.content}
                    </Typography.Paragraph>
                    {p.priceNote ? <Typography.Text type="secondary">收费说明：{p.priceNote}</Typography.Text> : null}
                  </Card>
                </Col>
              ))}
            </Row>
          ) : (
            <Empty description="该机构暂未发布服务产品" />
          )}

          <Divider titlePlacement="start">服务案例（{institution.cases.length}）</Divider>
          {institution.cases.length ? (
            <Flex vertical gap={12} data-testid="institution-cases">
              {institution.cases.map((c) => (
                <div key={c.id} className="case-block">
                  <Flex justify="space-between" wrap gap={8}>
                    <Typography.Text strong>{c.title}</Typography.Text>
                    <Typography.Text type="secondary">
                      {c.enterpriseName} · {c.servedOn}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: '6px 0 2px' }}>
                    <Typography.Text type="secondary">服务内容：</Typography.Text>
                    {c.content}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ margin: 0 }}>
                    <Typography.Text type="secondary">服务成效：</Typography.Text>
                    {c.outcome}
                  </Typography.Paragraph>
                </div>
              ))}
            </Flex>
          ) : (
            <Empty description="该机构暂未发布服务案例" />
          )}

          <Divider titlePlacement="start">公益服务活动</Divider>
          <InstitutionActivities institutionId={id} />
          <BookingModal
            product={booking}
            institutionName={institution.name}
            returnTo={`/registry/${id}`}
            onClose={() => setBooking(null)}
          />
        </div>
      ) : null}
    </PageContainer>
  );
}
