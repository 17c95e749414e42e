import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Image, Result, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { restErrorText, restFetch } from '../../../app/rest';

const PdfViewer = lazy(() => import('./PdfViewer').then((m) => ({ default: m.PdfViewer })));

export interface PreviewedFile {
  id: string;
  fileName: string;
  mimeType: string;
}

type Loaded = { kind: 'pdf'; data: ArrayBuffer } | { kind: 'image'; url: string } | { kind: 'other' } | { kind: 'error'; text: string };

const kindOf = (mime: string) => (mime === 'application/pdf' ? 'pdf' : mime.startsWith('image/') ? 'image' : 'other');

/**
 * PDF and images shown in the browser, fetched through the same authorized attachment route as the download (nothing is
 * saved to disk); the drawer leaves the page's review actions in reach. Other types get a message and the download.
 */
export function AttachmentPreview({
  file,
  onClose,
  onDownload,
}: {
  file: PreviewedFile | null;
  onClose: () => void;
  onDownload: () => void;
}) {
  // Keyed by file, so a newly opened file never shows the previous one's content.
  const [fetched, setFetched] = useState<{ id: string; value: Loaded } | null>(null);
  const kind = file ? kindOf(file.mimeType) : null;
  const loaded: Loaded | null = kind === 'other' ? { kind: 'other' } : fetched && fetched.id === file?.id ? fetched.value : null;

  useEffect(() => {
    if (!file || kindOf(file.mimeType) === 'other') return;
    let url: string | undefined;
    let stale = false;
    const done = (value: Loaded) => !stale && setFetched({ id: file.id, value });
    restFetch(`/api/attachments/${file.id}`)
      .then(async (res) => {
        if (file.mimeType === 'application/pdf') done({ kind: 'pdf', data: await res.arrayBuffer() });
        else {
          url = URL.createObjectURL(await res.blob());
          done({ kind: 'image', url });
        }
      })
      .catch((e) => done({ kind: 'error', text: restErrorText(e) }));
    return () => {
      stale = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);

  const download = (
    <Button icon={<DownloadOutlined />} onClick={onDownload}>
      下载
    </Button>
  );
  return (
    <Drawer
      open={!!file}
      onClose={onClose}
      title={file ? `预览：${file.fileName}` : '预览'}
      size={760}
      mask={false}
      extra={download}
      destroyOnHidden
      data-testid="attachment-preview"
    >
      {!loaded ? <Spin description="正在加载…" /> : null}
      {loaded?.kind === 'error' ? <Alert type="error" showIcon title="无法预览" description={loaded.text} /> : null}
      {loaded?.kind === 'other' ? (
        <Result
          status="info"
          title="该类型的文件不能在浏览器中预览"
          subTitle="支持预览 PDF 和图片（JPG、PNG），请下载后查看。"
          extra={download}
        />
      ) : null}
      {loaded?.kind === 'image' ? (
        <Image src={loaded.url} alt={file?.fileName} preview={{ mask: '点击放大' }} data-testid="image-preview" />
      ) : null}
      {loaded?.kind === 'pdf' ? (
        <Suspense fallback={<Spin description="正在加载PDF预览组件…" />}>
          <PdfViewer data={loaded.data} />
        </Suspense>
      ) : null}
    </Drawer>
  );
}
