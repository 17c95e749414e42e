import { useMutation, useQuery } from '@apollo/client/react';
import { Empty, Form, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../../../app/components';
import { CreateApplicationMutation } from '../../../graphql/applications';
import { BatchOptionsQuery } from '../../../graphql/batches';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Batches this institution already applied in (one application per batch, Attachment 3). */
  usedBatchIds: string[];
}

const FIELDS = ['batchId'] as const;

export function NewApplicationModal({ open, onClose, usedBatchIds }: Props) {
  const navigate = useNavigate();
  const [form] = Form.useForm<{ batchId: string }>();
  const errors = useFormErrors(form, FIELDS, 'new-application-error');
  const batches = useQuery(BatchOptionsQuery, { skip: !open });
  const [create, { loading }] = useMutation(CreateApplicationMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applications' });
      cache.gc();
    },
  });
  const openBatches = (batches.data?.batches ?? []).filter((b) => b.status === 'OPEN');

  const submit = async ({ batchId }: { batchId: string }) => {
    await errors.attempt(async () => {
      const { data } = await create({ variables: { batchId } });
      if (data) navigate(`/applications/${data.createApplication.id}/edit`);
    });
  };

  return (
    <Modal
      open={open}
      title="新建入库申请"
      okText="创建并填写"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading, disabled: openBatches.every((b) => usedBatchIds.includes(b.id)) }}
      afterClose={errors.clear}
      destroyOnHidden
    >
      {errors.alert}
      {!batches.loading && !openBatches.length ? (
        <Empty description="当前没有开放申报的批次，请关注省工业和信息化厅通知" />
      ) : !batches.loading && openBatches.every((b) => usedBatchIds.includes(b.id)) ? (
        <Empty description="本单位已在开放中的批次提交过申请（每批次只能申请一次），可在列表中查看或继续填写" />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} name="newApplication">
          <Form.Item name="batchId" label="申报批次" rules={[{ required: true, message: '请选择申报批次' }]}>
            <Select
              placeholder="请选择开放中的批次"
              loading={batches.loading}
              options={openBatches.map((b) => ({
                value: b.id,
                disabled: usedBatchIds.includes(b.id),
                label: `${b.name}（线上截止 ${b.onlineDeadline}${usedBatchIds.includes(b.id) ? '，已申请' : ''}）`,
              }))}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            每个批次只能提交一次申请。创建后可随时保存草稿，提交前可修改或删除；提交后只能查看和导出，除非被审核部门退回修改。
          </Typography.Paragraph>
        </Form>
      )}
    </Modal>
  );
}
