import zlib from 'node:zlib';
import { MAX_IMPORT_ENTRIES, MAX_IMPORT_UNPACKED_BYTES, notXlsx, xlsxTooBigUnpacked, xlsxUnreadable } from './import.errors';

/**
 * Before exceljs (whose unzip trusts the archive) sees an uploaded workbook, we walk its ZIP directory and inflate every
 * entry ourselves with a hard output cap: a zip bomb, a ZIP64 or encrypted archive, an odd compression method or a
 * truncated file is a typed 400 here, and what exceljs then unpacks is known to be small. Returns the entry names.
 */
export function checkXlsxArchive(buf: Buffer): string[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  // End of central directory: the last record, within the final 64 KiB (its comment is at most 65535 bytes).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw xlsxUnreadable();
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw xlsxUnreadable(); // ZIP64: no workbook of ours needs it
  if (count > MAX_IMPORT_ENTRIES) throw xlsxTooBigUnpacked();
  if (dirOffset + dirSize > eocd) throw xlsxUnreadable();
  const names: string[] = [];
  let budget = MAX_IMPORT_UNPACKED_BYTES;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw xlsxUnreadable();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw xlsxUnreadable(); // encrypted
    if (method !== 0 && method !== 8) throw xlsxUnreadable();
    if (declared > budget) throw xlsxTooBigUnpacked();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw xlsxUnreadable();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw xlsxUnreadable();
    const data = buf.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else {
      try {
        // The cap is the remaining budget, whatever the header declares: a lying header cannot make us inflate more.
        size = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (e) {
        throw (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? xlsxTooBigUnpacked() : xlsxUnreadable();
      }
    }
    budget -= size;
    if (budget < 0) throw xlsxTooBigUnpacked();
    names.push(name);
  }
  if (!names.includes('xl/workbook.xml')) throw notXlsx();
  return names;
}
