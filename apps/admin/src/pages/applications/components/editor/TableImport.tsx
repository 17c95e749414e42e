import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Modal, Radio, Space, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { mergeImportedRows, type ImportTableKey } from '@hebei/domain';
import { useState } from 'react';
import { downloadFile, restErrorText } from '../../../../app/rest';
import { checkImportFile, importErrorText, previewImport, type ImportPreview } from '../../lib/table-import';

type Row = Record<string, unknown>;

interface Props {
  table: ImportTableKey;
  /** The Form.List the rows go into. */
  listName: 'staff' | 'servedEnterprises';
  title: string;
  columns: { key: string; title: string; show?: (v: unknown) => string }[];
  /** Called after 确认导入 changed the form (the editor marks it unsaved). */
  onImported?: () => void;
}

/**
 * 下载模板 / 从Excel导入 above a sub-table: the server parses and checks the file and stores nothing (ADR 0022); the
 * preview lists every error by its Excel row; 确认导入 only fills the form — the user still saves the draft.
 */
export function TableImport({ table, listName, title, columns, onImported }: Props) {
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview<Row> | null>(null);
  const [mode, setMode] = useState<'replace' | 'append'>('replace');
  const [goodOnly, setGoodOnly] = useState(false);
  const existing = (Form.useWatch(listName, { form, preserve: true }) as Row[] | undefined) ?? [];

  const download = async () => {
    try {
      await downloadFile(`/api/templates/${table}.xlsx`, `${title}（导入模板）.xlsx`);
    } catch (e) {
      message.error(restErrorText(e));
    }
  };

  const upload = async (file: File) => {
    setFailure(null);
    const problem = checkImportFile(file);
    if (problem) {
      setFailure(problem);
      return;
    }
    setBusy(true);
    try {
      const p = await previewImport<Row>(table, file);
      setPreview(p);
      setMode(existing.length ? 'append' : 'replace');
      setGoodOnly(false);
    } catch (e) {
      setFailure(restErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  const badRows = preview ? new Set(preview.errors.filter((e) => e.row > 1).map((e) => e.row)).size : 0;
  const fileErrors = preview ? preview.errors.filter((e) => e.row <= 1).length : 0;
  const blocked = !preview || preview.rows.length === 0 || fileErrors > 0 || (preview.errors.length > 0 && !goodOnly);

  const confirm = () => {
    if (!preview || blocked) return;
    const merged = mergeImportedRows(
      existing,
      preview.rows.map((r) => r.value),
      mode,
      preview.maxRows,
    );
    if ('error' in merged) {
      message.error(merged.error);
      return;
    }
    form.setFieldValue(listName, merged.rows);
    onImported?.();
    setPreview(null);
    message.success(`已导入 ${preview.rows.length} 行到${title}，请检查后保存草稿`);
  };

  const previewColumns: TableColumnsType<ImportPreview<Row>['rows'][number]> = [
    { title: '行号', dataIndex: 'row', key: 'row', width: 64, align: 'center' },
    ...columns.map((c) => ({
      title: c.title,
      key: c.key,
      render: (_: unknown, r: ImportPreview<Row>['rows'][number]) => (c.show ? c.show(r.value[c.key]) : String(r.value[c.key] ?? '')),
    })),
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => void download()}>
          下载导入模板
        </Button>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" icon={<FileExcelOutlined />} loading={busy} data-testid={`import-${listName}`}>
            从Excel导入
          </Button>
        </Upload>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          用模板填写后导入，导入前可预览并查看逐行检查结果
        </Typography.Text>
      </Space>
      {failure ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(null) }}
          title="文件无法导入"
          description={failure}
          style={{ marginBottom: 12 }}
          data-testid="import-failure"
        />
      ) : null}
      <Modal
        open={!!preview}
        title={`导入预览 · ${title}`}
        width={860}
        okText="确认导入"
        cancelText="取消"
        okButtonProps={{ disabled: blocked, 'data-testid': 'import-confirm' } as never}
        onOk={confirm}
        onCancel={() => setPreview(null)}
        destroyOnHidden
      >
        {preview ? (
          <div data-testid="import-preview">
            <Alert
              type={preview.errors.length ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                <span data-testid="import-summary">
                  {preview.rows.length} 行可导入，{badRows} 行有错误
                </span>
              }
              description={
                fileErrors
                  ? '表头与模板不一致，请下载模板后重新填写。'
                  : preview.errors.length
                    ? '有错误的行不会导入。可修改文件后重新导入，或勾选下方选项只导入无错误的行。'
                    : '全部行检查通过。'
              }
            />
            {preview.errors.length ? (
              <div className="import-errors" data-testid="import-errors">
                <Typography.Text strong>错误明细（共 {preview.errors.length} 处）</Typography.Text>
                <ul className="problem-list">
                  {preview.errors.map((e) => (
                    <li key={`${e.row}-${e.column}-${e.message}`}>{importErrorText(e)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {preview.rows.length ? (
              <>
                <Table
                  size="small"
                  bordered
                  rowKey="row"
                  columns={previewColumns}
                  dataSource={preview.rows}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                  style={{ marginBottom: 12 }}
                  data-testid="import-rows"
                />
                <Space orientation="vertical">
                  <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
                    <Radio value="append">追加到现有 {existing.length} 行之后</Radio>
                    <Radio value="replace">{existing.length ? `替换现有 ${existing.length} 行` : '导入为表格内容'}</Radio>
                  </Radio.Group>
                  {preview.errors.length && !fileErrors ? (
                    <Checkbox checked={goodOnly} onChange={(e) => setGoodOnly(e.target.checked)} data-testid="import-good-only">
                      忽略有错误的 {badRows} 行，只导入 {preview.rows.length} 行可导入的行
                    </Checkbox>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    确认导入只填入本页表格，保存草稿后才生效。
                  </Typography.Text>
                </Space>
              </>
            ) : null}
          </div>
        ) : null}
      </Modal>
    </>
  );
}
