import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CursorPager } from '../../app/components/CursorPager';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { PageContainer } from '../../app/components/PageContainer';
import { errorMessage } from '../../app/errors';
import { PRODUCT_NATURE_COLORS, PRODUCT_NATURE_LABELS } from '../../app/labels';
import { useCursorPagination } from '../../app/pagination';
import type { MyServiceProductsQuery } from '../../graphql/generated/graphql';
import {
  DeleteServiceProductMutation,
  MyServiceProductsQuery as ProductsDocument,
  SetServiceProductPublishedMutation,
} from '../../graphql/products';
import { ProductModal } from './components/ProductModal';

export type ProductRow = MyServiceProductsQuery['myServiceProducts']['edges'][number]['node'];

/** The institution's own products: only published ones show in the registry and can be booked. */
export function ProductsPage() {
  const { message } = App.useApp();
  const pagination = useCursorPagination();
  const [editing, setEditing] = useState<ProductRow | 'new' | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(ProductsDocument, {
    variables: { first: pagination.first, after: pagination.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.myServiceProducts;
  const [setPublished] = useMutation(SetServiceProductPublishedMutation);
  const [remove] = useMutation(DeleteServiceProductMutation);
  const [switching, setSwitching] = useState<string | null>(null);

  const togglePublished = async (row: ProductRow, published: boolean) => {
    setSwitching(row.id);
    try {
      await setPublished({ variables: { id: row.id, published } });
      message.success(published ? `已发布“${row.name}”，企业可在服务资源库中预约` : `已下架“${row.name}”`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSwitching(null);
    }
  };

  const del = async (row: ProductRow) => {
    try {
      await remove({
        variables: { id: row.id },
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceProducts' });
          cache.gc();
        },
      });
      message.success(`已删除“${row.name}”`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<ProductRow> = [
    {
      title: '产品名称',
      dataIndex: 'name',
      key: 'name',
      width: 260,
      render: (name: string, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: r.content }} style={{ maxWidth: 240, fontSize: 12 }}>
            {r.content}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '服务类别', key: 'category', width: 110, render: (_, r) => <Tag>{r.category.name}</Tag> },
    {
      title: '服务性质',
      dataIndex: 'nature',
      key: 'nature',
      width: 100,
      render: (v: ProductRow['nature']) => <Tag color={PRODUCT_NATURE_COLORS[v]}>{PRODUCT_NATURE_LABELS[v]}</Tag>,
    },
    {
      title: '收费说明',
      dataIndex: 'priceNote',
      key: 'priceNote',
      ellipsis: { showTitle: false },
      render: (v: string | null) =>
        v ? (
          <Tooltip title={v} placement="topLeft">
            {v}
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: '发布状态',
      key: 'published',
      width: 130,
      render: (_, r) => (
        <Tooltip title={r.published ? '已在服务资源库展示，关闭即下架' : '未发布，企业看不到也不能预约'}>
          <Switch
            checked={r.published}
            loading={switching === r.id}
            checkedChildren="已发布"
            unCheckedChildren="未发布"
            onChange={(v) => void togglePublished(r, v)}
            aria-label={`发布：${r.name}`}
            data-testid="publish-switch"
          />
        </Tooltip>
      ),
    },
    { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, r) => (
        <Space size={4}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
            编辑
          </Button>
          <Popconfirm
            title="删除服务产品"
            description={
              <>
                确定删除“{r.name}”吗？
                <br />
                已有预约记录的产品不能删除，可改为下架。
              </>
            }
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => del(r)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title="服务产品"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增产品
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        发布的服务产品将在服务资源库中展示，中小企业可以在线预约；收到预约后须在5个工作日内响应。
      </Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<ProductRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={error ? [] : (connection?.edges.map((e) => e.node) ?? [])}
        loading={loading}
        pagination={false}
        scroll={{ x: 1080 }}
        locale={{ emptyText: '尚未发布服务产品，点击“新增产品”开始' }}
        data-testid="products-table"
      />
      <CursorPager
        pagination={pagination}
        totalCount={error ? 0 : connection?.totalCount}
        hasNextPage={!error && !!connection?.pageInfo.hasNextPage}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <ProductModal product={editing} onClose={() => setEditing(null)} />
    </PageContainer>
  );
}
