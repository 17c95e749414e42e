import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { restErrorText } from '../app/rest';
import { downloadEvidence } from './evidence';

/** The evidence of a report or case, each a download (the API checks who may see it). */
export function EvidenceLinks({ files }: { files: { id: string; fileName: string }[] }) {
  const { message } = App.useApp();
  if (!files.length) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Space size={4} wrap>
      {files.map((f) => (
        <Button
          key={f.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => downloadEvidence(f.id, f.fileName).catch((e) => message.error(restErrorText(e)))}
        >
          {f.fileName}
        </Button>
      ))}
    </Space>
  );
}
