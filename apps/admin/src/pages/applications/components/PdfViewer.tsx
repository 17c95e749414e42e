import { LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Spin, Typography } from 'antd';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
// The worker ships with the package; Vite gives its URL, so nothing is fetched from a CDN.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** One page at a time on a canvas, with page navigation and zoom. Loaded lazily with pdf.js, only when a PDF is previewed. */
export function PdfViewer({ data }: { data: ArrayBuffer }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(2);

  useEffect(() => {
    // pdf.js takes ownership of the buffer it is given: hand it a copy so a re-render can load again.
    const task = getDocument({ data: new Uint8Array(data.slice(0)) });
    task.promise.then(setDoc, () => setFailed(true));
    return () => void task.destroy();
  }, [data]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let render: RenderTask | undefined;
    let cancelled = false;
    void doc.getPage(page).then((p) => {
      if (cancelled || !canvas.current) return;
      const viewport = p.getViewport({ scale: ZOOMS[zoom] * (window.devicePixelRatio || 1) });
      const c = canvas.current;
      c.width = viewport.width;
      c.height = viewport.height;
      c.style.width = `${viewport.width / (window.devicePixelRatio || 1)}px`;
      render = p.render({ canvas: c, viewport });
      render.promise.then(
        () => c.setAttribute('data-rendered-page', String(page)),
        () => undefined,
      );
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page, zoom]);

  if (failed) return <Alert type="error" showIcon title="无法解析该PDF文件，请下载后查看" data-testid="pdf-failed" />;
  if (!doc) return <Spin description="正在加载PDF…" />;
  return (
    <div data-testid="pdf-viewer">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space>
          <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={() => setPage(page - 1)} aria-label="上一页" />
          <Typography.Text data-testid="pdf-page">
            第 {page} / {doc.numPages} 页
          </Typography.Text>
          <Button icon={<RightOutlined />} disabled={page >= doc.numPages} onClick={() => setPage(page + 1)} aria-label="下一页" />
        </Space>
        <Space>
          <Button icon={<ZoomOutOutlined />} disabled={zoom <= 0} onClick={() => setZoom(zoom - 1)} aria-label="缩小" />
          <Typography.Text data-testid="pdf-zoom">{Math.round(ZOOMS[zoom] * 100)}%</Typography.Text>
          <Button icon={<ZoomInOutlined />} disabled={zoom >= ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)} aria-label="放大" />
        </Space>
      </Flex>
      <div className="pdf-canvas-box">
        <canvas ref={canvas} data-testid="pdf-canvas" />
      </div>
    </div>
  );
}
