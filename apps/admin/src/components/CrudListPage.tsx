import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { CursorTable, PageContainer } from '../app/components';
import type { ConnectionList } from '../app/connection';
import { useDialog } from '../app/dialog';
import { errorMessage } from '../app/errors';

export interface CrudListPageProps<Item extends { id: string }> {
  title: string;
  /** One line under the title: where the items show and who sees them. */
  intro: ReactNode;
  addLabel: string;
  emptyText: ReactNode;
  list: ConnectionList<Item>;
  /** The item's columns; 编辑 and 删除 are added. */
  columns: TableColumnsType<Item>;
  scrollX: number;
  remove: {
    title: string;
    description: (item: Item) => ReactNode;
    /** Deletes; resolves to the sentence to confirm it with. */
    run: (item: Item) => Promise<string>;
  };
  /** The page's CrudModal: `editing` is the item, or null for a new one. */
  renderModal: (dialog: { open: boolean; editing: Item | null; onClose: () => void }) => ReactNode;
  'data-testid': string;
}

/** An institution's own list (products, cases): the table, 新增, and per row 编辑 and 删除 with a confirmation. */
export function CrudListPage<Item extends { id: string }>({
  title,
  intro,
  addLabel,
  emptyText,
  list,
  columns,
  scrollX,
  remove,
  renderModal,
  'data-testid': testId,
}: CrudListPageProps<Item>) {
  const { message } = App.useApp();
  const dialog = useDialog<Item | null>();

  const del = async (item: Item) => {
    try {
      message.success(await remove.run(item));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const actions: TableColumnsType<Item>[number] = {
    title: '操作',
    key: 'actions',
    width: 150,
    fixed: 'right',
    render: (_, item) => (
      <Space size={4}>
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => dialog.show(item)}>
          编辑
        </Button>
        <Popconfirm
          title={remove.title}
          description={remove.description(item)}
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() => del(item)}
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      </Space>
    ),
  };

  return (
    <PageContainer
      title={title}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.show(null)}>
          {addLabel}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <CursorTable<Item> list={list} columns={[...columns, actions]} scroll={{ x: scrollX }} emptyText={emptyText} data-testid={testId} />
      <Fragment key={dialog.key}>{renderModal({ open: dialog.open, editing: dialog.value ?? null, onClose: dialog.hide })}</Fragment>
    </PageContainer>
  );
}
