import { DeleteOutlined, DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../app/errors';
import { AttachmentSlotsQuery, DeleteApplicationAttachmentMutation } from '../../../graphql/applications';
import type { ApplicationDetailFragment } from '../../../graphql/generated/graphql';
import { dateTime, fileSize } from '../../../app/format';
import { downloadFile, restErrorText } from '../../../app/rest';
import { ATTACHMENT_ACCEPT, checkAttachment, uploadAttachment } from '../lib/attachments';
import { AttachmentPreview } from './AttachmentPreview';

type Attachment = ApplicationDetailFragment['attachments'][number];
interface Row {
  slot: number;
  name: string;
  required: boolean;
  file: Attachment | undefined;
}

interface Props {
  applicationId: string;
  attachments: Attachment[];
  editable: boolean;
  /** Called after an upload or a deletion so the page refetches the application (eligibility E9/E10 change). */
  onChanged?: () => Promise<unknown> | void;
}

/** The 12 material slots of Art. 7: one file each, PDF/JPG/PNG up to 20 MB. */
export function AttachmentsPanel({ applicationId, attachments, editable, onChanged }: Props) {
  const { message } = App.useApp();
  const slots = useQuery(AttachmentSlotsQuery);
  const [busySlot, setBusySlot] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ slot: number; text: string } | null>(null);
  const [remove] = useMutation(DeleteApplicationAttachmentMutation);
  const [previewed, setPreviewed] = useState<Attachment | null>(null);

  const rows: Row[] = (slots.data?.attachmentSlots ?? []).map((s) => ({
    ...s,
    file: attachments.find((a) => a.slot === s.slot),
  }));

  const upload = async (slot: number, file: File) => {
    setFailure(null);
    const problem = checkAttachment(file);
    if (problem) {
      setFailure({ slot, text: problem });
      return;
    }
    setBusySlot(slot);
    try {
      await uploadAttachment(applicationId, slot, file);
      await onChanged?.();
      message.success(`材料${slot}已上传：${file.name}`);
    } catch (e) {
      setFailure({ slot, text: restErrorText(e) });
    } finally {
      setBusySlot(null);
    }
  };

  const download = async (a: Attachment) => {
    try {
      await downloadFile(`/api/attachments/${a.id}`, a.fileName);
    } catch (e) {
      message.error(restErrorText(e));
    }
  };

  const del = async (slot: number) => {
    setBusySlot(slot);
    try {
      await remove({ variables: { applicationId, slot } });
      await onChanged?.();
      message.success(`已删除材料${slot}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusySlot(null);
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: '序号', dataIndex: 'slot', key: 'slot', width: 56, align: 'center' },
    {
      title: '材料名称',
      key: 'name',
      width: 230,
      render: (_, r) => (
        <Space size={6} wrap>
          <span>{r.name}</span>
          {r.required ? (
            <Tag color="red" variant="outlined">
              必传
            </Tag>
          ) : (
            <Tag>选传</Tag>
          )}
        </Space>
      ),
    },
    {
      title: '已上传文件',
      key: 'file',
      render: (_, r) =>
        r.file ? (
          <div data-testid={`attachment-file-${r.slot}`}>
            <Typography.Text ellipsis={{ tooltip: r.file.fileName }} style={{ maxWidth: 300 }}>
              {r.file.fileName}
            </Typography.Text>
            <div className="meta-note">
              {fileSize(r.file.size)} · SHA-256 <span className="mono">{r.file.sha256.slice(0, 12)}…</span> · {dateTime(r.file.uploadedAt)}
            </div>
          </div>
        ) : (
          <Typography.Text type={r.required ? 'warning' : 'secondary'}>未上传</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: editable ? 330 : 150,
      render: (_, r) => (
        <Space size={4} wrap>
          {editable ? (
            <Upload
              accept={ATTACHMENT_ACCEPT}
              showUploadList={false}
              disabled={busySlot !== null}
              beforeUpload={(file) => {
                void upload(r.slot, file);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={busySlot === r.slot} data-testid={`upload-${r.slot}`}>
                {r.file ? '重新上传' : '上传'}
              </Button>
            </Upload>
          ) : null}
          {r.file ? (
            <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setPreviewed(r.file!)} data-testid={`preview-${r.slot}`}>
              预览
            </Button>
          ) : null}
          {r.file ? (
            <Tooltip title={`下载 ${r.file.fileName}`}>
              <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => void download(r.file!)}>
                下载
              </Button>
            </Tooltip>
          ) : null}
          {editable && r.file ? (
            <Popconfirm
              title={`删除材料${r.slot}？`}
              description={`将删除已上传的“${r.file.fileName}”`}
              okText="删除"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={() => del(r.slot)}
            >
              <Button size="small" type="link" danger icon={<DeleteOutlined />} disabled={busySlot !== null}>
                删除
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="attachments-panel">
      {editable ? (
        <Alert
          type="info"
          showIcon
          title="每类材料上传一个文件，支持 PDF、JPG、PNG 格式，单个文件不超过20MB；材料1–11为必传，12为选传。多页材料请合并为一个PDF。"
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {failure ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(null) }}
          title={`材料${failure.slot}上传失败`}
          description={failure.text}
          style={{ marginBottom: 12 }}
          data-testid="upload-error"
        />
      ) : null}
      <Table<Row>
        rowKey="slot"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={slots.loading}
        pagination={false}
        onRow={(r) => ({ 'data-testid': `attachment-row-${r.slot}` }) as React.HTMLAttributes<HTMLElement>}
      />
      <AttachmentPreview file={previewed} onClose={() => setPreviewed(null)} onDownload={() => previewed && void download(previewed)} />
    </div>
  );
}
