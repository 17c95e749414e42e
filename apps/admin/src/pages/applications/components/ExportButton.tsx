import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { downloadFile, restErrorText } from '../../../app/rest';

/** The full application as .xlsx (GET /api/exports/applications/{id}.xlsx). */
export function ExportButton({ application: a }: { application: { id: string; name: string } }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await downloadFile(`/api/exports/applications/${a.id}.xlsx`, `入库申请-${a.name}.xlsx`);
      message.success(`已导出：${name}`);
    } catch (e) {
      message.error(restErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()}>
      导出Excel
    </Button>
  );
}
