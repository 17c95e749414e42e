import type { AnalyticsQuery } from '@hebei/domain';
import { fileNameFromDisposition, RestError, restFetch } from '../../../app/rest';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportProgress {
  /** Rows the server announced (X-Export-Rows), null until the answer starts. */
  rows: number | null;
  bytes: number;
}

/**
 * `POST /api/exports/analytics.{xlsx,csv}` with the query; the file streams in while `onProgress` reports the bytes
 * received. A refusal (bad query, over the limits) answers JSON before any byte of the file.
 */
export async function exportAnalytics(
  query: AnalyticsQuery,
  format: ExportFormat,
  onProgress: (p: ExportProgress) => void,
): Promise<{ name: string; rows: number | null }> {
  const res = await restFetch(`/api/exports/analytics.${format}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const rowsHeader = res.headers.get('X-Export-Rows');
  const rows = rowsHeader ? Number(rowsHeader) : null;
  const chunks: BlobPart[] = [];
  let bytes = 0;
  onProgress({ rows, bytes });
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new RestError('导出中断，文件不完整，请重试', 'EXPORT_ABORTED');
      }
      if (chunk.done) break;
      chunks.push(chunk.value as BlobPart);
      bytes += chunk.value.byteLength;
      onProgress({ rows, bytes });
    }
  } else {
    chunks.push(await res.blob());
  }
  const name = fileNameFromDisposition(res.headers.get('Content-Disposition')) ?? `数据分析.${format}`;
  const href = URL.createObjectURL(new Blob(chunks, { type: res.headers.get('Content-Type') ?? undefined }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return { name, rows };
}
