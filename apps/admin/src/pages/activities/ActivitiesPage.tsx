import { useMutation } from '@apollo/client/react';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '@hebei/domain';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { can } from '../../app/access';
import { CursorTable, PageContainer, useFormErrors } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { useCurrentUser } from '../../app/current-user';
import { useDialog } from '../../app/dialog';
import { errorMessage } from '../../app/errors';
import {
  ActivitiesQuery,
  ConfirmActivityParticipationMutation,
  ReportActivityParticipationMutation,
  SaveActivityMutation,
} from '../../graphql/evaluation';
import type { ActivitiesQuery as ActivitiesData, ActivityType } from '../../graphql/generated/graphql';

type Activity = ActivitiesData['activities']['edges'][number]['node'];

const TYPES = ACTIVITY_TYPES.map((value) => ({ value, label: ACTIVITY_TYPE_LABELS[value] }));
const STATUS: Record<string, ReactNode> = {
  REPORTED: <Tag color="orange">待确认</Tag>,
  CONFIRMED: <Tag color="green">已确认</Tag>,
  REJECTED: <Tag>未予确认</Tag>,
};

/** Public-welfare activities (Art. 13(3), 14): bureaus record them and confirm participation; institutions report it. */
export function ActivitiesPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const officer = can(user.role, 'evaluations.score');
  const list = useConnectionQuery(ActivitiesQuery, {
    variables: { filter: {} },
    select: (d) => d.activities,
    fetchPolicy: 'cache-and-network',
  });
  const dialog = useDialog<null>();
  const refetch = { refetchQueries: ['Activities'] };
  const [report] = useMutation(ReportActivityParticipationMutation, refetch);
  const [confirm] = useMutation(ConfirmActivityParticipationMutation, refetch);
  const organiser = user.role === 'PROVINCE' ? '130000' : (user.division?.code ?? null);

  return (
    <PageContainer
      title="公益服务活动"
      extra={
        officer ? (
          <Button type="primary" onClick={() => dialog.show(null)}>
            登记活动
          </Button>
        ) : null
      }
    >
      <CursorTable<Activity>
        list={list}
        data-testid="activities"
        emptyText="暂无公益服务活动"
        columns={[
          { title: '日期', dataIndex: 'activityDate', width: 110 },
          { title: '类型', dataIndex: 'typeLabel', width: 120 },
          { title: '活动名称', dataIndex: 'title' },
          { title: '主办部门', dataIndex: 'organiserName' },
          { title: '服务企业', dataIndex: 'enterprisesReached', width: 90 },
          {
            title: '参与机构',
            render: (_, a) => (
              <Space direction="vertical" size={2}>
                {a.participations.map((p) => (
                  <Space key={p.id} size={4}>
                    {p.institutionName}
                    {STATUS[p.status]}
                    {p.status === 'REPORTED' && officer && a.organiserCode === organiser ? (
                      <>
                        <Button
                          size="small"
                          type="link"
                          onClick={async () => {
                            try {
                              await confirm({ variables: { input: { participationId: p.id, expectedVersion: p.version, confirm: true } } });
                              message.success('已确认');
                            } catch (e) {
                              message.error(errorMessage(e));
                            }
                          }}
                        >
                          确认
                        </Button>
                        <Button
                          size="small"
                          type="link"
                          danger
                          onClick={async () => {
                            try {
                              await confirm({
                                variables: { input: { participationId: p.id, expectedVersion: p.version, confirm: false } },
                              });
                            } catch (e) {
                              message.error(errorMessage(e));
                            }
                          }}
                        >
                          不予确认
                        </Button>
                      </>
                    ) : null}
                  </Space>
                ))}
              </Space>
            ),
          },
          ...(user.role === 'INSTITUTION'
            ? [
                {
                  title: '操作',
                  key: 'op',
                  width: 110,
                  render: (_: unknown, a: Activity) =>
                    a.participations.some((p) => p.institutionId === String(user.institutionId)) ? null : (
                      <Button
                        size="small"
                        onClick={async () => {
                          try {
                            await report({ variables: { input: { activityId: a.id } } });
                            message.success('已报告参与，待主办方确认');
                          } catch (e) {
                            message.error(errorMessage(e));
                          }
                        }}
                      >
                        报告参与
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ActivityModal key={dialog.key} open={dialog.open} onClose={dialog.hide} />
    </PageContainer>
  );
}

interface ActivityValues {
  type: ActivityType;
  title: string;
  activityDate: dayjs.Dayjs;
  place: string;
  enterprisesReached: number;
  description?: string;
}
const ACTIVITY_FIELDS = ['type', 'title', 'activityDate', 'place', 'enterprisesReached', 'description'] as const;

/** 登记公益服务活动. The page mounts it afresh for every opening (useDialog), so no value or error carries over. */
function ActivityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const errors = useFormErrors(form, ACTIVITY_FIELDS, 'activity-error');
  const [save, { loading }] = useMutation(SaveActivityMutation, { refetchQueries: ['Activities'] });

  const submit = async (v: ActivityValues) => {
    await errors.attempt(async () => {
      await save({ variables: { input: { ...v, activityDate: v.activityDate.format('YYYY-MM-DD') } } });
      message.success('活动已登记');
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title="登记公益服务活动"
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      cancelButtonProps={{ disabled: loading }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {errors.alert}
      <Form<ActivityValues> form={form} name="activity" layout="vertical" onFinish={submit} disabled={loading}>
        <Form.Item name="type" label="活动类型" rules={[{ required: true, message: '请选择活动类型' }]}>
          <Select options={TYPES} />
        </Form.Item>
        <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="activityDate" label="活动日期" rules={[{ required: true, message: '请选择活动日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="enterprisesReached" label="服务企业数" initialValue={0} rules={[{ required: true, message: '请填写服务企业数' }]}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="description" label="活动简介">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
