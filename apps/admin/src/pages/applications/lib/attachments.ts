import { restFetch } from '../../../app/rest';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(pdf|jpe?g|png)$/i;
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The same limits the server applies (it also sniffs the content), checked before any byte is sent. */
export function checkAttachment(file: File): string | null {
  if (!ACCEPTED.test(file.name)) return `“${file.name}”不是PDF、JPG或PNG文件，请转换后再上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `“${file.name}”超过20MB，请压缩后再上传`;
  return null;
}

export async function uploadAttachment(applicationId: string, slot: number, file: File): Promise<void> {
  await restFetch(`/api/applications/${applicationId}/attachments/${slot}`, {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
    body: file,
  });
}
