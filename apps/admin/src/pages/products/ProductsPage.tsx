import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { App, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useConnectionQuery } from '../../app/connection';
import { errorMessage } from '../../app/errors';
import { dateTime } from '../../app/format';
import { PRODUCT_NATURE_COLORS, PRODUCT_NATURE_LABELS } from '../../app/labels';
import { CrudListPage, CrudModal } from '../../components';
import type { MyServiceProductsQuery, ServiceProductInput } from '../../graphql/generated/graphql';
import {
  CreateServiceProductMutation,
  DeleteServiceProductMutation,
  MyServiceProductsQuery as ProductsDocument,
  SetServiceProductPublishedMutation,
  UpdateServiceProductMutation,
} from '../../graphql/products';
import { PRODUCT_FIELDS, ProductFields, toProductInput } from './components/ProductFields';
import { BOOKING_RESPONSE_WORKING_DAYS } from '@hebei/domain';

type ProductRow = MyServiceProductsQuery['myServiceProducts']['edges'][number]['node'];

// A new or deleted product changes the pages of the list: they are fetched again.
const evictList = {
  update(cache: ApolloCache) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'myServiceProducts' });
    cache.gc();
  },
};

const initialValues = (p: ProductRow | null): Partial<ServiceProductInput> =>
  p
    ? {
        name: p.name,
        categoryCode: p.categoryCode,
        nature: p.nature,
        content: p.content,
        priceNote: p.priceNote ?? '',
        published: p.published,
      }
    : { nature: 'FREE', published: false };

/** The institution's own products: only published ones show in the registry and can be booked. */
export function ProductsPage() {
  const { message } = App.useApp();
  const list = useConnectionQuery(ProductsDocument, { select: (d) => d.myServiceProducts });
  const [create] = useMutation(CreateServiceProductMutation, evictList);
  const [update] = useMutation(UpdateServiceProductMutation);
  const [setPublished] = useMutation(SetServiceProductPublishedMutation);
  const [remove] = useMutation(DeleteServiceProductMutation, evictList);
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

  const save = async (input: ServiceProductInput, editing: ProductRow | null) => {
    if (editing) {
      await update({ variables: { id: editing.id, input } });
      return `已保存“${input.name}”`;
    }
    await create({ variables: { input } });
    return input.published ? `已新增并发布“${input.name}”` : `已新增“${input.name}”（未发布）`;
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
    { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 150, render: dateTime },
  ];

  return (
    <CrudListPage<ProductRow>
      title="服务产品"
      intro={`发布的服务产品将在服务资源库中展示，中小企业可以在线预约；收到预约后须在${BOOKING_RESPONSE_WORKING_DAYS}个工作日内响应。`}
      addLabel="新增产品"
      emptyText="尚未发布服务产品，点击“新增产品”开始"
      list={list}
      columns={columns}
      scrollX={1080}
      remove={{
        title: '删除服务产品',
        description: (r) => (
          <>
            确定删除“{r.name}”吗？
            <br />
            已有预约记录的产品不能删除，可改为下架。
          </>
        ),
        run: async (r) => {
          await remove({ variables: { id: r.id } });
          return `已删除“${r.name}”`;
        },
      }}
      renderModal={(dialog) => (
        <CrudModal<ProductRow, ServiceProductInput, ServiceProductInput>
          {...dialog}
          noun="服务产品"
          initialValues={initialValues(dialog.editing)}
          fields={PRODUCT_FIELDS}
          toInput={toProductInput}
          save={save}
          formName="serviceProduct"
          data-testid="product-modal"
        >
          <ProductFields />
        </CrudModal>
      )}
      data-testid="products-table"
    />
  );
}
