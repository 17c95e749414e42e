/**
 * The .xlsx writers side by side on the same synthetic rows, no database (ADR 0017): exceljs' streaming WorkbookWriter
 * as the analytics export used it, the same with deflate level 1, and our XlsxWriter at deflate levels 1 and 6.
 * Rows like the analytics benchmark's export (8 columns: names, places, labels, a date, money, a masked phone), written
 * in pages of 2,000 into a sink that yields to the event loop on every chunk. One writer per process run:
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node --expose-gc -r @swc-node/register tools/bench/xlsx-writers.ts 100000 own1|own6|exceljs|exceljs1
 */
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { XlsxWriter } from '../../apps/api/src/modules/export/xlsx-writer';

const N = Number(process.argv[2] ?? 100000);
const which = process.argv[3] ?? 'own1';
const places = ['石家庄市', '承德市', '张家口市', '秦皇岛市', '唐山市'];
const rows = (start: number, n: number) =>
  Array.from({ length: n }, (_, k) => {
    const i = start + k;
    return [
      `河北测试服务机构${i}有限公司`,
      places[i % 5] + '某某区',
      i % 2 ? '公益性' : '社会化',
      '技术创新、质量标准、管理咨询',
      '已入库',
      `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      (i * 37.13) % 10000,
      `138****${String(i % 10000).padStart(4, '0')}`,
    ];
  });

async function main() {
  let bytes = 0;
  const sink = new Writable({
    write(c, _e, cb) {
      bytes += c.length;
      setImmediate(cb);
    },
  });
  (global as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const t = performance.now();
  if (which.startsWith('exceljs')) {
    const zip = which === 'exceljs1' ? { zip: { zlib: { level: 1 } } } : {};
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, ...zip } as never);
    const ws = wb.addWorksheet('查询结果', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = Array.from({ length: 8 }, () => ({ width: 16 }));
    ws.addRow(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']).commit();
    for (let s = 0; s < N; s += 2000) {
      for (const r of rows(s, Math.min(2000, N - s))) ws.addRow(r).commit();
      if (sink.writableNeedDrain) await new Promise((r) => sink.once('drain', r));
    }
    ws.commit();
    await wb.commit();
  } else {
    const x = new XlsxWriter(sink, Number(which.slice(3)));
    async function* pages() {
      for (let s = 0; s < N; s += 2000) yield rows(s, Math.min(2000, N - s));
    }
    const columns = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((header, i) => ({
      header,
      width: 16,
      format: i === 5 ? ('date' as const) : i === 6 ? ('money' as const) : ('text' as const),
    }));
    await x.sheet({ name: '查询结果', columns }, pages());
    await x.finish();
  }
  clearInterval(sampler);
  const mb = (b: number) => (b / 2 ** 20).toFixed(0);
  console.log(
    `${which} ${N} rows: ${((performance.now() - t) / 1000).toFixed(2)} s, ${(bytes / 2 ** 20).toFixed(1)} MB, ` +
      `rss +${mb(peakRss - before.rss)} MB, heap +${mb(peakHeap - before.heapUsed)} MB`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
