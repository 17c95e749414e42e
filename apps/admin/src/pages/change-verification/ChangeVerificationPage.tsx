import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Radio, Segmented, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, PageContainer, useFormErrors } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useDialog } from '../../app/dialog';
import { ChangeReportDetails, changeColumns } from '../../components';
import { ChangeReportsQuery, VerifyChangeReportMutation } from '../../graphql/changes';
import type { ChangeReportFieldsFragment, ChangeReportStatus } from '../../graphql/generated/graphql';

type Report = ChangeReportFieldsFragment;

interface Values {
  eligible: boolean;
  note?: string;
}

/** The field the server may name in `extensions.fields`; other errors (a conflict, a refusal) go above the form. */
const FIELDS = ['note'] as const;

/** The city's verification of one report: still eligible (the changes are applied) or not (→ a removal case). */
function VerifyModal({ report, open, onClose }: { report: Report | undefined; open: boolean; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [verify, verifying] = useMutation(VerifyChangeReportMutation, { refetchQueries: ['ChangeReports', 'WorkQueueCounts'] });
  const eligible = Form.useWatch('eligible', form);

  const send = async (v: Values) => {
    if (!report) return;
    await errors.attempt(async () => {
      await verify({
        variables: {
          input: { changeReportId: report.id, eligible: v.eligible, note: v.note?.trim() || null, expectedVersion: report.version },
        },
      });
      message.success(v.eligible ? '已核实：仍符合入库条件，变化事项已更新到登记信息' : '已核实：不再符合入库条件，已报省级发起移出');
      onClose();
    });
  };

  const onFinish = (v: Values) => {
    if (v.eligible) return void send(v);
    // Not eligible opens a removal case at the province: confirm first.
    modal.confirm({
      title: '确认不再符合入库条件？',
      content: `将为「${report?.institution?.name ?? ''}」向省级主管部门发起移出案件（发生重大变化后不再符合入库条件）。`,
      okText: '确认报省级',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => send(v),
    });
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={`核实重大变化 · ${report?.institution?.name ?? ''}`}
      width={760}
      okText="提交核实意见"
      cancelText="取消"
      confirmLoading={verifying.loading}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {report ? <ChangeReportDetails r={report} /> : null}
      <div style={{ marginTop: 16 }}>{errors.alert}</div>
      <Form<Values> form={form} layout="vertical" initialValues={{ eligible: true }} onFinish={onFinish}>
        <Form.Item name="eligible" label="核实结论" rules={[{ required: true }]}>
          <Radio.Group data-testid="verify-eligible">
            <Radio value={true}>仍符合入库条件（变化事项更新到登记信息）</Radio>
            <Radio value={false}>不再符合入库条件（报省级移出）</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="note"
          label={eligible === false ? '不再符合的理由' : '核实意见'}
          rules={eligible === false ? [{ required: true, whitespace: true, message: '请填写不再符合入库条件的理由' }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="verify-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const TABS: { label: string; value: string; statuses: ChangeReportStatus | null }[] = [
  { label: '待核实', value: 'SUBMITTED', statuses: 'SUBMITTED' },
  { label: '仍符合', value: 'VERIFIED_ELIGIBLE', statuses: 'VERIFIED_ELIGIBLE' },
  { label: '不再符合', value: 'VERIFIED_INELIGIBLE', statuses: 'VERIFIED_INELIGIBLE' },
  { label: '全部', value: 'ALL', statuses: null },
];

/** 变化核实 (Art. 11): the city's queue of major change reports from institutions in its jurisdiction. */
export function ChangeVerificationPage() {
  const [tab, setTab] = useState('SUBMITTED');
  const status = TABS.find((t) => t.value === tab)?.statuses ?? null;
  const list = useConnectionQuery(ChangeReportsQuery, {
    variables: { filter: status ? { status } : {} },
    select: (d) => d.changeReports,
    fetchPolicy: 'cache-and-network',
  });
  const dialog = useDialog<Report>();
  const columns: TableColumnsType<Report> = [
    {
      title: '服务机构',
      key: 'institution',
      width: 240,
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.institution?.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.division?.name ?? ''} {r.institution?.uscc}
            </Typography.Text>
          </div>
        </>
      ),
    },
    ...changeColumns,
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.status === 'SUBMITTED' ? (
          <Button type="link" size="small" onClick={() => dialog.show(r)} data-testid={`verify-${r.id}`}>
            核实
          </Button>
        ) : null,
    },
  ];
  return (
    <PageContainer title="变化核实">
      <Typography.Paragraph type="secondary">
        对本辖区入库机构报告的重大变化进行核实（第十一条）：仍符合入库条件的，变化事项更新到登记信息；不再符合的，报省级主管部门移出。
      </Typography.Paragraph>
      <Segmented
        value={tab}
        onChange={(v) => setTab(String(v))}
        options={TABS.map((t) => ({ label: t.label, value: t.value }))}
        style={{ marginBottom: 16 }}
        data-testid="verification-tabs"
      />
      <CursorTable<Report>
        list={list}
        columns={columns}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowRender: (r) => <ChangeReportDetails r={r} /> }}
        emptyText={tab === 'SUBMITTED' ? '没有待核实的重大变化报告' : '暂无记录'}
        data-testid="verification-table"
      />
      <VerifyModal key={dialog.key} report={dialog.value} open={dialog.open} onClose={dialog.hide} />
    </PageContainer>
  );
}
