import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { ATTACHMENT_ACCEPT } from '../pages/applications/lib/attachments';
import { restErrorText } from '../app/rest';
import { uploadEvidence } from './evidence';

interface Props {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}

/** A Form control: files go to the attachment store as they are picked; the form submits their ids. */
export function EvidenceUpload({ value = [], onChange }: Props) {
  return (
    <Upload
      accept={ATTACHMENT_ACCEPT}
      fileList={value}
      multiple
      customRequest={({ file, onSuccess, onError }) => {
        uploadEvidence(file as File).then(
          (r) => onSuccess?.(r),
          (e) => onError?.(Object.assign(new Error(restErrorText(e)), { name: 'UploadError' })),
        );
      }}
      onChange={({ fileList }) =>
        onChange?.(fileList.map((f) => (f.status === 'error' ? { ...f, response: f.error?.message ?? '上传失败' } : f)))
      }
      data-testid="evidence-upload"
    >
      <Button icon={<UploadOutlined />}>上传证明材料（PDF/JPG/PNG，20MB以内）</Button>
    </Upload>
  );
}

/** The ids of the files that finished uploading. */
export function evidenceIds(files: UploadFile[] | undefined): string[] {
  return (files ?? []).filter((f) => f.status === 'done' && f.response?.id).map((f) => String(f.response.id));
}
