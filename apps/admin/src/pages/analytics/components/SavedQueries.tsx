import { useMutation, useQuery } from '@apollo/client/react';
import type { AnalyticsQuery } from '@hebei/domain';
import { App, Button, Drawer, Empty, Flex, Form, Input, Modal, Popconfirm, Segmented, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert, useFormErrors } from '../../../app/components';
import { errorMessage } from '../../../app/errors';
import { dateTime } from '../../../app/format';
import { DeleteAnalyticsQueryMutation, SaveAnalyticsQueryMutation, SavedAnalyticsQueriesQuery } from '../../../graphql/analytics';
import type { SavedAnalyticsQueryScope } from '../../../graphql/generated/graphql';
import type { ChartSpec } from '../lib/model';

export interface SavedMeta {
  id: string;
  version: number;
  name: string;
  description: string | null;
  shared: boolean;
  mine: boolean;
}

const PAGE = 20;

/** 我的查询 / 共享查询: newest first, keyset pages ("加载更多"); a click opens the query. */
export function SavedQueriesDrawer({ open, onClose, onOpen }: { open: boolean; onClose: () => void; onOpen: (id: string) => void }) {
  const { message } = App.useApp();
  const [scope, setScope] = useState<SavedAnalyticsQueryScope>('ALL');
  const [text, setText] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(SavedAnalyticsQueriesQuery, {
    variables: { first: PAGE, filter: { scope, ...(text.trim() ? { text: text.trim() } : {}) } },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(DeleteAnalyticsQueryMutation);
  const conn = data?.savedAnalyticsQueries;
  return (
    <Drawer title="已保存的查询" open={open} onClose={onClose} size={520} data-testid="saved-queries-drawer">
      <Flex gap={8} vertical>
        <Segmented<SavedAnalyticsQueryScope>
          value={scope}
          onChange={setScope}
          options={[
            { value: 'ALL', label: '全部' },
            { value: 'MINE', label: '我的' },
            { value: 'SHARED', label: '共享' },
          ]}
        />
        <Input.Search aria-label="按名称查找" placeholder="按名称查找" allowClear onSearch={setText} />
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        <Spin spinning={loading && !conn}>
          {conn && conn.edges.length === 0 ? <Empty description="还没有保存的查询" /> : null}
          <Flex vertical>
            {(conn?.edges ?? []).map(({ node }) => (
              <Flex
                key={node.id}
                gap={12}
                justify="space-between"
                data-testid="saved-query-item"
                style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <div style={{ minWidth: 0 }}>
                  <Flex gap={6} wrap align="center" style={{ marginBottom: 4 }}>
                    <Typography.Link strong onClick={() => onOpen(node.id)}>
                      {node.name}
                    </Typography.Link>
                    <Tag>{node.datasetLabel}</Tag>
                    {node.shared ? <Tag color="green">共享</Tag> : <Tag>私有</Tag>}
                    {node.system ? <Tag color="blue">系统预置</Tag> : null}
                  </Flex>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                    {node.explanation}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {/* Beijing time whatever the browser's zone (app/format.ts). */}
                    {node.ownerName ?? '系统'} · 更新于 {dateTime(node.updatedAt)}
                    {node.lastRunAt ? ` · 最近运行 ${dateTime(node.lastRunAt)}` : ''}
                  </Typography.Text>
                </div>
                <Flex vertical gap={4} align="end">
                  <Button type="link" size="small" onClick={() => onOpen(node.id)}>
                    打开
                  </Button>
                  {node.mine && !node.system ? (
                    <Popconfirm
                      title="删除这个查询？"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={async () => {
                        try {
                          await remove({ variables: { id: node.id, version: node.version } });
                          message.success('已删除');
                          await refetch();
                        } catch (e) {
                          message.error(errorMessage(e));
                        }
                      }}
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Flex>
            ))}
          </Flex>
          {conn?.pageInfo.hasNextPage ? (
            <Button
              block
              onClick={() =>
                void fetchMore({
                  variables: { after: conn.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    savedAnalyticsQueries: {
                      ...fetchMoreResult.savedAnalyticsQueries,
                      edges: [...prev.savedAnalyticsQueries.edges, ...fetchMoreResult.savedAnalyticsQueries.edges],
                    },
                  }),
                })
              }
            >
              加载更多（共 {conn.totalCount} 个）
            </Button>
          ) : null}
        </Spin>
      </Flex>
    </Drawer>
  );
}

interface SaveProps {
  open: boolean;
  onClose: () => void;
  query: AnalyticsQuery;
  chart: ChartSpec;
  current: SavedMeta | null;
  onSaved: (meta: SavedMeta) => void;
}

/** The save form's fields that the server may name in `extensions.fields`; others (the query, the chart) go above the form. */
const SAVE_FIELDS = ['name', 'description'] as const;

/** 保存 (new, or an update of one's own query with its version) and 共享. */
export function SaveQueryModal({ open, onClose, query, chart, current, onSaved }: SaveProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; description?: string; shared: boolean; asNew?: boolean }>();
  const [save, { loading }] = useMutation(SaveAnalyticsQueryMutation);
  const errors = useFormErrors(form, SAVE_FIELDS, 'save-error');
  const editing = !!current?.mine;
  const submit = async () => {
    let v: Awaited<ReturnType<typeof form.validateFields>>;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    errors.clear();
    const update = editing && !v.asNew;
    try {
      const res = await save({
        variables: {
          input: {
            ...(update ? { id: current!.id, version: current!.version } : {}),
            name: v.name.trim(),
            description: v.description?.trim() || null,
            shared: v.shared,
            query,
            chart: { type: chart.type, x: chart.x ?? null, series: chart.series ?? null, measure: chart.measure ?? null },
          },
        },
      });
      const s = res.data!.saveAnalyticsQuery;
      message.success(s.shared ? '已保存并共享' : '已保存');
      onSaved({ id: s.id, version: s.version, name: s.name, description: s.description ?? null, shared: s.shared, mine: s.mine });
    } catch (e) {
      errors.report(e);
    }
  };
  return (
    <Modal
      title={editing ? '保存查询' : '保存为新查询'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      destroyOnHidden
    >
      {errors.alert}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: current?.name ?? '',
          description: current?.description ?? '',
          shared: current?.shared ?? false,
          asNew: false,
        }}
      >
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请输入名称' },
            { max: 50, message: '名称不超过50个字' },
          ]}
        >
          <Input placeholder="如：各市每月预约数与平均评分" />
        </Form.Item>
        <Form.Item name="description" label="说明" rules={[{ max: 500, message: '说明不超过500个字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="shared" label="共享给其他分析人员和主管部门（各自按本人管辖范围运行）" valuePropName="checked">
          <Switch checkedChildren="共享" unCheckedChildren="私有" />
        </Form.Item>
        {editing ? (
          <Form.Item name="asNew" label="另存为新查询" valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
