import { CheckOutlined, CloseOutlined, EnvironmentOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrors } from '../app/components';
import { errorCode } from '../app/errors';
import { afterToday, useToday } from '../app/today';
import type { ApplicationDetailFragment, ReviewAction } from '../graphql/generated/graphql';
import { RecordSpotCheckMutation, ReviewApplicationMutation } from '../graphql/reviews';

type Application = Pick<ApplicationDetailFragment, 'id' | 'name' | 'version' | 'allowedActions' | 'pendingLevel'>;

interface Props {
  application: Application;
  /** Refetch the application after a decision or a conflict. */
  onChanged: () => Promise<unknown> | void;
}

interface ActionSpec {
  button: string;
  title: string;
  opinionLabel: string;
  required: boolean;
  placeholder: string;
}

/** Wording per level: a city's approval is its recommendation with the 市级推荐部门意见 (Art. 8(2)). */
function spec(action: ReviewAction, level: string | null): ActionSpec {
  if (action === 'APPROVE') {
    if (level === 'CITY') {
      return {
        button: '推荐',
        title: '同意推荐',
        opinionLabel: '市级推荐部门意见',
        required: true,
        placeholder: '如：该机构服务能力较强，材料真实完整，同意推荐入库',
      };
    }
    return {
      button: '通过',
      title: level === 'COUNTY' ? '初审通过' : '审核通过',
      opinionLabel: '审核意见（选填）',
      required: false,
      placeholder: level === 'COUNTY' ? '如：材料真实完整，同意上报' : '如：符合入库条件，同意',
    };
  }
  if (action === 'RETURN') {
    return {
      button: '退回修改',
      title: '退回修改',
      opinionLabel: '退回理由',
      required: true,
      placeholder: '请写明需要修改或补充的内容，申请单位将收到通知',
    };
  }
  return {
    button: '不予通过',
    title: '不予通过',
    opinionLabel: '不予通过理由',
    required: true,
    placeholder: '请写明不予通过的理由（该决定为最终决定）',
  };
}

const evictQueues = (cache: ApolloCache) => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'applications' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicationQueueCounts' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'batches' });
  cache.gc();
};

/** The buttons the API allows this officer on this application, each with its opinion dialog. */
export function ReviewActions({ application: a, onChanged }: Props) {
  const { message } = App.useApp();
  // The last chosen action stays while the dialog animates closed.
  const [action, setAction] = useState<ReviewAction>('APPROVE');
  const [open, setOpen] = useState(false);
  const choose = (x: ReviewAction) => {
    setAction(x);
    setOpen(true);
  };
  const [spotCheck, setSpotCheck] = useState(false);
  const reviewable = (['APPROVE', 'RETURN', 'REJECT'] as const).filter((x) => a.allowedActions.includes(x));
  if (!reviewable.length && !a.allowedActions.includes('SPOT_CHECK')) return null;

  return (
    <>
      <Space wrap data-testid="review-actions">
        {a.allowedActions.includes('SPOT_CHECK') ? (
          <Button icon={<EnvironmentOutlined />} onClick={() => setSpotCheck(true)}>
            实地抽查
          </Button>
        ) : null}
        {reviewable.includes('REJECT') ? (
          <Button danger icon={<CloseOutlined />} onClick={() => choose('REJECT')}>
            不予通过
          </Button>
        ) : null}
        {reviewable.includes('RETURN') ? (
          <Button icon={<RollbackOutlined />} onClick={() => choose('RETURN')}>
            退回修改
          </Button>
        ) : null}
        {reviewable.includes('APPROVE') ? (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => choose('APPROVE')}>
            {spec('APPROVE', a.pendingLevel).button}
          </Button>
        ) : null}
      </Space>
      <ReviewModal
        application={a}
        action={action}
        open={open}
        onClose={() => setOpen(false)}
        onDone={async (text) => {
          setOpen(false);
          message.success(text);
          await onChanged();
        }}
        onConflict={async () => {
          setOpen(false);
          message.warning('该申请已被他人处理，请刷新');
          await onChanged();
        }}
      />
      <SpotCheckModal
        application={a}
        open={spotCheck}
        onClose={() => setSpotCheck(false)}
        onDone={async () => {
          setSpotCheck(false);
          message.success('实地抽查记录已保存');
          await onChanged();
        }}
      />
    </>
  );
}

/** The fields of the two forms that the server may name in `extensions.fields`; other errors are shown above the form. */
const REVIEW_FIELDS = ['opinion'] as const;
const SPOT_CHECK_FIELDS = ['checkedOn', 'inspectors', 'findings', 'passed'] as const;

function ReviewModal({
  application: a,
  action,
  open,
  onClose,
  onDone,
  onConflict,
}: {
  application: Application;
  action: ReviewAction;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => Promise<void>;
  onConflict: () => Promise<void>;
}) {
  const [form] = Form.useForm<{ opinion?: string }>();
  const [review, { loading }] = useMutation(ReviewApplicationMutation, { update: evictQueues });
  const errors = useFormErrors(form, REVIEW_FIELDS);
  const s = spec(action, a.pendingLevel);

  const submit = async ({ opinion }: { opinion?: string }) => {
    errors.clear();
    try {
      await review({ variables: { input: { applicationId: a.id, expectedVersion: a.version, action, opinion: opinion?.trim() || null } } });
      await onDone(`已${s.title}：${a.name}`);
    } catch (e) {
      if (errorCode(e) === 'CONFLICT') {
        await onConflict();
        return;
      }
      errors.report(e);
    }
  };

  return (
    <Modal
      open={open}
      title={`${s.title} — ${a.name}`}
      okText={`确认${s.button}`}
      cancelText="取消"
      okButtonProps={{ loading, danger: action === 'REJECT' }}
      cancelButtonProps={{ disabled: loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={errors.clear}
      destroyOnHidden
      data-testid="review-modal"
    >
      {errors.alert}
      {action === 'REJECT' ? (
        <Alert type="warning" showIcon title="不予通过为最终决定，申请单位本批次不能再提交。" style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" name="review" onFinish={submit} disabled={loading}>
        <Form.Item
          name="opinion"
          label={s.opinionLabel}
          rules={[
            { required: s.required, whitespace: true, message: `请填写${s.opinionLabel.replace('（选填）', '')}` },
            { max: 1000, message: '意见最多1000字' },
          ]}
        >
          <Input.TextArea rows={5} maxLength={1000} showCount placeholder={s.placeholder} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SpotValues {
  checkedOn: Dayjs;
  inspectors: string;
  findings: string;
  passed: boolean;
}

function SpotCheckModal({
  application: a,
  open,
  onClose,
  onDone,
}: {
  application: Application;
  open: boolean;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const [form] = Form.useForm<SpotValues>();
  const today = useToday();
  const [record, { loading }] = useMutation(RecordSpotCheckMutation);
  const errors = useFormErrors(form, SPOT_CHECK_FIELDS);
  const submit = async (v: SpotValues) => {
    await errors.attempt(async () => {
      await record({
        variables: {
          input: {
            applicationId: a.id,
            checkedOn: v.checkedOn.format('YYYY-MM-DD'),
            inspectors: v.inspectors.trim(),
            findings: v.findings.trim(),
            passed: v.passed,
          },
        },
      });
      await onDone();
    });
  };
  return (
    <Modal
      open={open}
      title={`实地抽查 — ${a.name}`}
      okText="保存抽查记录"
      cancelText="取消"
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={errors.clear}
      destroyOnHidden
    >
      {errors.alert}
      <Form
        form={form}
        layout="vertical"
        name="spotCheck"
        onFinish={submit}
        initialValues={{ checkedOn: today ? dayjs(today) : undefined, passed: true }}
        disabled={loading}
      >
        <Form.Item name="checkedOn" label="抽查日期" rules={[{ required: true, message: '请选择抽查日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday(today)} />
        </Form.Item>
        <Form.Item
          name="inspectors"
          label="检查人员"
          rules={[
            { required: true, whitespace: true, message: '请填写检查人员' },
            { max: 200, message: '最多200字' },
          ]}
        >
          <Input maxLength={200} placeholder="如：张三、李四" />
        </Form.Item>
        <Form.Item
          name="findings"
          label="检查发现"
          rules={[
            { required: true, whitespace: true, message: '请填写检查发现' },
            { max: 2000, message: '最多2000字' },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="服务场所、设备、人员与申报材料是否一致等" />
        </Form.Item>
        <Form.Item name="passed" label="抽查结论" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: '通过' },
              { value: false, label: '未通过' },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
