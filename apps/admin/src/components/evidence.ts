import { checkAttachment } from '../pages/applications/lib/attachments';
import { downloadFile, RestError } from '../app/rest';
import { session } from '../app/session';

export interface UploadedEvidence {
  id: string;
  fileName: string;
  size: number;
}

/** Uploads one evidence file (POST /api/evidence, the attachment store); the id is cited by the report or case. */
export async function uploadEvidence(file: File): Promise<UploadedEvidence> {
  const problem = checkAttachment(file);
  if (problem) throw new RestError(problem, 'BAD_USER_INPUT');
  const token = session.getToken();
  let res: Response;
  try {
    res = await fetch('/api/evidence', {
      method: 'POST',
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': file.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new RestError('无法连接服务器，请检查网络后重试', undefined);
  }
  const body = (await res.json().catch(() => null)) as (UploadedEvidence & { error?: { message?: string; code?: string } }) | null;
  if (!res.ok || !body || body.error) {
    if (res.status === 401) session.clear('expired');
    throw new RestError(body?.error?.message ?? `上传失败（HTTP ${res.status}）`, body?.error?.code);
  }
  return body;
}

export function downloadEvidence(id: string, fileName: string): Promise<string> {
  return downloadFile(`/api/evidence/${id}`, fileName);
}
