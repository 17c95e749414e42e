import { Rate, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { SERVICE_NATURE_COLORS, SERVICE_NATURE_LABELS, labelOf } from '../../../app/labels';
import { formatRate, formatRating } from '../../../app/format';
import type { RegistryInstitution } from './InstitutionCard';

interface Props {
  rows: RegistryInstitution[];
  loading: boolean;
  onOpen: (id: string) => void;
}

export function RegistryTable({ rows, loading, onOpen }: Props) {
  const columns: TableColumnsType<RegistryInstitution> = [
    { title: '单位名称', dataIndex: 'name', key: 'name', width: 230, render: (name: string) => <a>{name}</a> },
    {
      title: '所在地区',
      key: 'division',
      width: 100,
      render: (_, r) => <span data-testid="cell-division">{r.division?.name ?? '—'}</span>,
    },
    {
      title: '服务性质',
      dataIndex: 'nature',
      key: 'nature',
      width: 86,
      render: (v: RegistryInstitution['nature']) =>
        v ? (
          <Tag color={SERVICE_NATURE_COLORS[v]} data-testid="cell-nature">
            {labelOf(SERVICE_NATURE_LABELS, v)}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      title: '主要服务方向',
      key: 'categories',
      width: 170,
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.mainCategories.map((c) => (
            <Tag key={c.code}>{c.name}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '服务产品',
      key: 'products',
      render: (_, r) =>
        r.products.length ? (
          <Tooltip title={r.products.map((p) => p.name).join('、')}>
            <Typography.Text ellipsis style={{ maxWidth: 220 }}>
              {r.products.length}项：{r.products.map((p) => p.name).join('、')}
            </Typography.Text>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">暂无</Typography.Text>
        ),
    },
    {
      title: '企业评价',
      key: 'rating',
      width: 150,
      render: (_, r) =>
        r.averageRating !== null ? (
          <Space size={6}>
            <Rate disabled allowHalf value={Math.round(r.averageRating * 2) / 2} className="quality-rate" />
            <span>{formatRating(r.averageRating)}</span>
          </Space>
        ) : (
          <Typography.Text type="secondary">暂无评价</Typography.Text>
        ),
    },
    {
      title: '按时响应率',
      key: 'onTime',
      width: 96,
      align: 'right',
      render: (_, r) => formatRate(r.onTimeResponseRate) ?? <Typography.Text type="secondary">暂无</Typography.Text>,
    },
  ];
  return (
    <Table<RegistryInstitution>
      rowKey="id"
      className="clickable-rows"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={(r) => ({ onClick: () => onOpen(r.id) })}
      locale={{ emptyText: '没有找到符合条件的服务机构' }}
      data-testid="registry-table"
    />
  );
}
