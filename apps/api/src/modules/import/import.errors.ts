import { badInput } from '../../common/errors';
import { withStatus } from '../../common/rest';

/** Field `file`: every refusal of an uploaded workbook names the file, not a form field. */
export enum ImportErrorCode {
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_EMPTY = 'FILE_EMPTY',
  NOT_XLSX = 'NOT_XLSX',
  XLSX_UNREADABLE = 'XLSX_UNREADABLE',
  XLSX_TOO_BIG_UNPACKED = 'XLSX_TOO_BIG_UNPACKED',
}

const fileError = (code: ImportErrorCode, message: string) => badInput([{ field: 'file', code, message }]);

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** What the workbook may unpack to: a 500-row table is a few hundred KB of XML; a zip bomb is refused at this line. */
export const MAX_IMPORT_UNPACKED_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 200;

export const importTooLarge = () => withStatus(fileError(ImportErrorCode.FILE_TOO_LARGE, '导入文件不能超过2MB'), 413);
export const importEmpty = () => fileError(ImportErrorCode.FILE_EMPTY, '请选择要导入的 .xlsx 文件（收到的是空文件）');
export const notXlsx = () => fileError(ImportErrorCode.NOT_XLSX, '仅支持 .xlsx 格式（Excel 2007 及以上），请用下载的模板填写后上传');
export const xlsxUnreadable = () => fileError(ImportErrorCode.XLSX_UNREADABLE, '文件已损坏或不是有效的 Excel 工作簿，无法读取');
export const xlsxTooBigUnpacked = () =>
  fileError(ImportErrorCode.XLSX_TOO_BIG_UNPACKED, `工作簿解压后超过${MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024}MB，请只保留模板中的表格`);
