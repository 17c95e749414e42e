import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Form, Input, List, Modal, Typography } from 'antd';
import { BULK_REVIEW_MAX } from '@hebei/domain';
import { useFormErrors } from '../../../app/components';
import { fieldErrors } from '../../../app/errors';
import type { ReviewAction } from '../../../graphql/generated/graphql';
import { ReviewApplicationsMutation } from '../../../graphql/reviews';

export interface BulkItem {
  id: string;
  name: string;
  version: number;
}
export type BulkAction = Extract<ReviewAction, 'APPROVE' | 'RETURN'>;

/** Wording per level, as on the single review's dialog: the city's approval is its recommendation (Art. 8(2)). */
export function bulkLabel(action: BulkAction, level: string): { button: string; required: boolean; opinionLabel: string } {
  if (action === 'RETURN') return { button: '批量退回修改', required: true, opinionLabel: '退回理由（各申请单位均会收到）' };
  if (level === 'CITY') return { button: '批量推荐', required: true, opinionLabel: '市级推荐部门意见（用于所选各项）' };
  return { button: level === 'COUNTY' ? '批量初审通过' : '批量审核通过', required: false, opinionLabel: '审核意见（选填，用于所选各项）' };
}

const evictQueues = (cache: ApolloCache) => {
  for (const fieldName of ['applications', 'applicationQueueCounts', 'batches']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
};

interface Props {
  open: boolean;
  action: BulkAction;
  level: string;
  items: readonly BulkItem[];
  onClose: () => void;
  /** After the whole selection was decided (the queue's caches are evicted). */
  onDone: (count: number) => void;
  /** A refusal that leaves the selection stale (another reviewer acted): the list is reloaded, nothing was changed. */
  onStale: () => void;
}

/** The one field the server may name in `extensions.fields`; other errors (e.g. about one of the items) go above the form. */
const FIELDS = ['opinion'] as const;

/** The confirmation of a bulk decision: the selected applications listed, one opinion, one all-or-nothing call. */
export function BulkReviewModal({ open, action, level, items, onClose, onDone, onStale }: Props) {
  const [form] = Form.useForm<{ opinion?: string }>();
  const [review, { loading }] = useMutation(ReviewApplicationsMutation, { update: evictQueues });
  const errors = useFormErrors(form, FIELDS, 'bulk-review-error');
  const label = bulkLabel(action, level);

  const submit = async ({ opinion }: { opinion?: string }) => {
    errors.clear();
    try {
      await review({
        variables: {
          input: {
            items: items.map((i) => ({ applicationId: i.id, expectedVersion: i.version })),
            action,
            opinion: opinion?.trim() || null,
          },
        },
      });
      onDone(items.length);
    } catch (e) {
      errors.report(e);
      // Refused as a whole (another reviewer acted, a conflict): nothing changed, the list is reloaded.
      if (!fieldErrors(e).length) onStale();
    }
  };

  return (
    <Modal
      open={open}
      title={`${label.button}（${items.length}项）`}
      okText={`确认${label.button}`}
      cancelText="取消"
      okButtonProps={{ loading, danger: action === 'RETURN', disabled: !items.length }}
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={errors.clear}
      destroyOnHidden
      data-testid="bulk-review-modal"
    >
      {errors.alert}
      <Typography.Paragraph type="secondary">
        以下{items.length}项申请将使用同一意见{action === 'RETURN' ? '退回申请单位修改' : '通过'}；任一项不能处理时整批不生效（每次最多
        {BULK_REVIEW_MAX}项）。
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        style={{ maxHeight: 240, overflow: 'auto', marginBottom: 16 }}
        dataSource={[...items]}
        renderItem={(i, n) => (
          <List.Item data-testid="bulk-review-item">
            {n + 1}. {i.name}
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" name="bulkReview" onFinish={submit} disabled={loading}>
        <Form.Item
          name="opinion"
          label={label.opinionLabel}
          rules={
            label.required ? [{ required: true, whitespace: true, message: `请填写${action === 'RETURN' ? '退回理由' : '推荐意见'}` }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
