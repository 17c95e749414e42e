import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { SERVICE_NATURE_COLORS, SERVICE_NATURE_LABELS, labelOf } from '../../../app/labels';
import type { BrowseInstitutionsQuery } from '../../../graphql/generated/graphql';
import { ServiceQuality } from './ServiceQuality';

export type RegistryInstitution = BrowseInstitutionsQuery['browseInstitutions']['edges'][number]['node'];

export function InstitutionCard({ institution: i, onOpen }: { institution: RegistryInstitution; onOpen: () => void }) {
  const products = i.products;
  return (
    <Card
      hoverable
      className="registry-card"
      onClick={onOpen}
      data-testid="registry-card"
      title={
        <Typography.Text className="registry-card-title" ellipsis={{ tooltip: i.name }}>
          {i.name}
        </Typography.Text>
      }
      extra={
        i.nature ? (
          <Tag color={SERVICE_NATURE_COLORS[i.nature]} data-testid="card-nature">
            {labelOf(SERVICE_NATURE_LABELS, i.nature)}
          </Tag>
        ) : null
      }
      actions={[
        <span key="open" className="registry-card-action">
          查看详情与预约 <RightOutlined />
        </span>,
      ]}
    >
      <Flex vertical gap={10}>
        <Space size={6} wrap className="registry-card-place">
          <EnvironmentOutlined />
          <span data-testid="card-division">{i.division?.name ?? '—'}</span>
          {i.admittedOn ? <Typography.Text type="secondary">· {i.admittedOn.slice(0, 4)}年入库</Typography.Text> : null}
        </Space>
        <Space size={[4, 4]} wrap data-testid="card-categories">
          {i.mainCategories.map((c) => (
            <Tag key={c.code} color="blue" variant="outlined">
              {c.name}
            </Tag>
          ))}
          {i.otherCategoryDescription ? <Typography.Text type="secondary">（{i.otherCategoryDescription}）</Typography.Text> : null}
        </Space>
        <Typography.Paragraph ellipsis={{ rows: 2 }} className="registry-card-products" data-testid="card-products">
          <Typography.Text type="secondary">服务产品（{products.length}）：</Typography.Text>
          {products.length ? products.map((p) => p.name).join('、') : '暂无已发布的服务产品'}
        </Typography.Paragraph>
        <ServiceQuality averageRating={i.averageRating} ratingCount={i.ratingCount} onTimeResponseRate={i.onTimeResponseRate} />
      </Flex>
    </Card>
  );
}
