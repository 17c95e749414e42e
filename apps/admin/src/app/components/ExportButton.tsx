import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { fileNameFromDisposition, restErrorText, restFetch } from '../rest';

interface Props {
  /** The export route with the list's filters and sort as its query string. */
  url: string;
  fallbackName: string;
  label?: string;
  disabled?: boolean;
}

/**
 * 导出Excel of a whole filtered list: streams the file, shows how much has arrived (and how many rows the server is
 * writing, from `X-Export-Rows`) and hands it to the browser under the server's name; a refusal shows its message.
 */
export function ExportButton({ url, fallbackName, label = '导出Excel', disabled }: Props) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<string | null>(null);
  const run = async () => {
    setProgress('正在准备…');
    try {
      const res = await restFetch(url);
      const rows = res.headers.get('X-Export-Rows');
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = res.body?.getReader();
      for (;;) {
        if (!reader) break;
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setProgress(`${rows ? `${rows} 条，` : ''}已接收 ${Math.ceil(received / 1024)} KB`);
      }
      const blob = reader ? new Blob(chunks) : await res.blob();
      const name = fileNameFromDisposition(res.headers.get('Content-Disposition')) ?? fallbackName;
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 30_000);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={progress !== null}
      disabled={disabled}
      onClick={() => void run()}
      data-testid="export-button"
    >
      {progress ?? label}
    </Button>
  );
}
