import { useMutation, useQuery } from '@apollo/client/react';
import { REENTRY_BAN_YEARS, REMOVAL_REASON_RULES, removalReasonsOpenableByProvince } from '@hebei/domain';
import { Alert, App, DatePicker, Descriptions, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useFormErrors } from '../../../app/components';
import { afterToday, beforeToday, useToday } from '../../../app/today';
import { EvidenceLinks, EvidenceUpload, REASON_LABELS, evidenceIds } from '../../../components';
import type { RemovalCaseFieldsFragment, RemovalReason } from '../../../graphql/generated/graphql';
import {
  AdmittedInstitutionsQuery,
  DecideRemovalCaseMutation,
  OpenRemovalCaseMutation,
  WithdrawRemovalCaseMutation,
} from '../../../graphql/removals';

export type RemovalCase = RemovalCaseFieldsFragment;
const REFETCH = ['RemovalCases', 'WorkQueueCounts', 'ReentryBans'];
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * The fields of each dialog that the server may name in `extensions.fields`; other errors are shown above the form
 * (`evidenceIds`: the upload's field is `evidence`; the meeting fields only where the reason needs a meeting).
 */
const OPEN_FIELDS = ['institutionId', 'reason', 'description'] as const;
const DECIDE_FIELDS = ['effectiveDate', 'decisionNote'] as const;
const DECIDE_WITH_MEETING_FIELDS = ['meetingDate', 'meetingMinuteRef', ...DECIDE_FIELDS] as const;
const WITHDRAW_FIELDS = ['reason'] as const;

interface OpenValues {
  institutionId: string;
  reason: RemovalReason;
  description: string;
  evidence?: Parameters<typeof evidenceIds>[0];
}

/** PROVINCE opens a case directly (SPEC §4.4): the reason, the facts, evidence. */
export function OpenCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenValues>();
  const [text, setText] = useState('');
  const errors = useFormErrors(form, OPEN_FIELDS);
  const institutions = useQuery(AdmittedInstitutionsQuery, { variables: { text: text.trim() || null }, skip: !open });
  const [openCase, opening] = useMutation(OpenRemovalCaseMutation, { refetchQueries: REFETCH });
  const reason = Form.useWatch('reason', form);

  const onFinish = async (v: OpenValues) => {
    await errors.attempt(async () => {
      await openCase({
        variables: {
          input: { institutionId: v.institutionId, reason: v.reason, description: v.description, evidenceIds: evidenceIds(v.evidence) },
        },
      });
      message.success('移出案件已发起');
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title="发起移出案件"
      width={680}
      okText="发起"
      cancelText="取消"
      confirmLoading={opening.loading}
      onOk={() => form.submit()}
      afterClose={errors.clear}
      destroyOnHidden
    >
      {errors.alert}
      <Form<OpenValues> form={form} layout="vertical" onFinish={onFinish} name="openCase">
        <Form.Item name="institutionId" label="服务机构" rules={[{ required: true, message: '请选择在库机构' }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setText }}
            placeholder="输入名称或统一社会信用代码搜索在库机构"
            loading={institutions.loading}
            options={(institutions.data?.institutions.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.name}（${node.division?.name ?? ''}）`,
            }))}
            data-testid="case-institution"
          />
        </Form.Item>
        <Form.Item name="reason" label="移出原因" rules={[{ required: true, message: '请选择移出原因' }]}>
          <Select
            options={removalReasonsOpenableByProvince().map((r) => ({
              value: r,
              label: `${REASON_LABELS[r]}（${REMOVAL_REASON_RULES[r].article}）`,
            }))}
            data-testid="case-reason"
          />
        </Form.Item>
        {reason ? (
          <Typography.Paragraph type="secondary">
            {REMOVAL_REASON_RULES[reason].needsMeeting ? '须经会议研究决定（填写会议日期与纪要文号）。' : '可直接移出，无需会议研究。'}
            {REMOVAL_REASON_RULES[reason].bansReentry ? `移出后${REENTRY_BAN_YEARS}年内不得再次申请入库。` : ''}
          </Typography.Paragraph>
        ) : null}
        <Form.Item name="description" label="事实与依据" rules={[{ required: true, whitespace: true, message: '请填写事实与依据' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="case-description" />
        </Form.Item>
        <Form.Item name="evidence" label="证明材料" valuePropName="value">
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DecideValues {
  meetingDate?: Dayjs | null;
  meetingMinuteRef?: string;
  effectiveDate: Dayjs;
  decisionNote?: string;
}

/** The decision to remove: meeting date and minute reference where the reason needs one, the effective date; confirmed before it is sent. */
export function DecideCaseModal({ value, open, onClose }: { value: RemovalCase | undefined; open: boolean; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const [decide, deciding] = useMutation(DecideRemovalCaseMutation, { refetchQueries: REFETCH });
  // The API's today (mounted with the page, so known before the dialog opens): the effective date defaults to it.
  const today = useToday();
  const c = value;
  const errors = useFormErrors(form, c?.needsMeeting ? DECIDE_WITH_MEETING_FIELDS : DECIDE_FIELDS);

  const send = async (v: DecideValues) => {
    if (!c) return;
    await errors.attempt(async () => {
      const r = await decide({
        variables: {
          input: {
            caseId: c.id,
            expectedVersion: c.version,
            meetingDate: iso(v.meetingDate),
            meetingMinuteRef: v.meetingMinuteRef?.trim() || null,
            effectiveDate: iso(v.effectiveDate) ?? '',
            decisionNote: v.decisionNote?.trim() || null,
          },
        },
      });
      const d = r.data?.decideRemovalCase;
      message.success(d?.status === 'REMOVED' ? '已移出服务资源库' : `已决定移出，${d?.effectiveDate ?? ''} 生效`);
      onClose();
    });
  };

  const onFinish = (v: DecideValues) =>
    modal.confirm({
      title: '确认移出服务资源库？',
      content: (
        <>
          <p>
            「{c?.institution?.name}」将于 {iso(v.effectiveDate)}{' '}
            起移出服务资源库：不再公开展示，服务产品停止预约，未办结的预约将关闭并通知企业。
          </p>
          {c?.bansReentry ? <p>移出后{REENTRY_BAN_YEARS}年内不得再次申请入库。</p> : null}
        </>
      ),
      okText: '确认移出',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => send(v),
    });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={`作出移出决定 · ${c?.institution?.name ?? ''}`}
      width={640}
      okText="作出决定"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={deciding.loading}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {c ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'reason', label: '移出原因', children: REASON_LABELS[c.reason] },
            { key: 'desc', label: '事实与依据', children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span> },
            { key: 'evidence', label: '证明材料', children: <EvidenceLinks files={c.evidence} /> },
          ]}
        />
      ) : null}
      {errors.alert}
      <Form<DecideValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ effectiveDate: today ? dayjs(today) : undefined }}
        name="decideCase"
      >
        {c?.needsMeeting ? (
          <>
            <Form.Item name="meetingDate" label="会议日期" rules={[{ required: true, message: '该类移出须经会议研究，请填写会议日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={afterToday(today)} data-testid="decide-meeting-date" />
            </Form.Item>
            <Form.Item
              name="meetingMinuteRef"
              label="会议纪要文号"
              rules={[{ required: true, whitespace: true, message: '请填写会议纪要文号' }]}
            >
              <Input maxLength={100} placeholder="如：冀工信中小〔2026〕12号" data-testid="decide-minute-ref" />
            </Form.Item>
          </>
        ) : (
          <Alert type="info" showIcon title="该原因适用第十二条第二款，可直接移出，无需会议研究。" style={{ marginBottom: 12 }} />
        )}
        <Form.Item name="effectiveDate" label="移出生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={beforeToday(today)} data-testid="decide-effective-date" />
        </Form.Item>
        <Form.Item name="decisionNote" label="决定意见">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Withdraw a case before it is decided, with a reason. */
export function WithdrawCaseModal({ value, open, onClose }: { value: RemovalCase | undefined; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useFormErrors(form, WITHDRAW_FIELDS);
  const [withdraw, withdrawing] = useMutation(WithdrawRemovalCaseMutation, { refetchQueries: REFETCH });
  const onFinish = async (v: { reason: string }) => {
    if (!value) return;
    await errors.attempt(async () => {
      await withdraw({ variables: { input: { caseId: value.id, expectedVersion: value.version, reason: v.reason } } });
      message.success('移出案件已撤销');
      onClose();
    });
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={`撤销移出案件 · ${value?.institution?.name ?? ''}`}
      okText="撤销案件"
      cancelText="取消"
      confirmLoading={withdrawing.loading}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={onFinish} name="withdrawCase">
        <Form.Item name="reason" label="撤销理由" rules={[{ required: true, whitespace: true, message: '请填写撤销理由' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="withdraw-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
