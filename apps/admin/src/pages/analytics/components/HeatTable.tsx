import { Alert, Table, Tooltip } from 'antd';
import { useMemo } from 'react';
import { cellText, type ChartSpec, type DrillPick, type LabelContext, type ResultColumn } from '../lib/model';

interface Props {
  columns: ResultColumn[];
  rows: unknown[][];
  chart: ChartSpec;
  labels: LabelContext;
  /** Hebei's cities in the registry's order (定州, 辛集 and 雄安新区 included). */
  cities: { code: string; name: string }[];
  onDrill?: (picks: DrillPick[]) => void;
}

function heat(ratio: number): string {
  // From a pale to a deep blue; text turns white on the darker half.
  const alpha = 0.08 + 0.82 * Math.max(0, Math.min(1, ratio));
  return `rgba(22, 119, 255, ${alpha.toFixed(3)})`;
}

/** A city × (second dimension) table whose cells are coloured by the measure; a click drills into the rows. */
export function HeatTable({ columns, rows, chart, labels, cities, onDrill }: Props) {
  const dims = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'DIMENSION');
  const measures = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'MEASURE');
  const city = dims.find((d) => d.c.type === 'DIVISION' && d.c.level === 'CITY');
  const other = dims.find((d) => d !== city && (d.c.key === chart.series || d.c.key === chart.x)) ?? dims.find((d) => d !== city);
  const measure = measures.find((m) => m.c.key === chart.measure) ?? measures[0];

  const model = useMemo(() => {
    if (!city || !measure) return null;
    const cols = new Map<string, { key: string; label: string; value: unknown }>();
    const cells = new Map<string, number>();
    let max = 0;
    let min = Infinity;
    for (const row of rows) {
      const ck = String(row[city.i]);
      const ov = other ? row[other.i] : null;
      const ok = other ? JSON.stringify(ov) : '_';
      if (!cols.has(ok)) cols.set(ok, { key: ok, label: other ? cellText(other.c, ov, labels) : measure.c.label, value: ov });
      const m = row[measure.i];
      if (typeof m === 'number') {
        const v = (cells.get(`${ck}|${ok}`) ?? 0) + m;
        cells.set(`${ck}|${ok}`, v);
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    const colList = [...cols.values()];
    if (other?.c.type === 'DATE') colList.sort((a, b) => String(a.value).localeCompare(String(b.value)));
    return { cols: colList, cells, max, min: Number.isFinite(min) ? min : 0 };
  }, [rows, city, other, measure, labels]);

  if (!city || !measure || !model) {
    return <Alert type="info" showIcon title="城市热力表需要一个按“市级”汇总的行政区划维度" />;
  }
  const span = model.max - model.min || 1;
  const format = (v: number) => cellText(measure.c, v, labels);
  const data = cities.map((c) => ({ key: c.code, code: c.code, name: c.name }));
  return (
    <Table
      data-testid="analytics-heat-table"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={data}
      bordered
      columns={[
        { title: '城市', dataIndex: 'name', key: 'name', fixed: 'left', width: 110 },
        ...model.cols.map((col) => ({
          title: col.label,
          key: col.key,
          align: 'center' as const,
          onCell: (r: (typeof data)[number]) => {
            const v = model.cells.get(`${r.code}|${col.key}`);
            const ratio = v === undefined ? 0 : (v - model.min) / span;
            return {
              style: {
                background: v === undefined ? undefined : heat(ratio),
                color: ratio > 0.55 ? '#fff' : undefined,
                cursor: v !== undefined && onDrill ? 'pointer' : undefined,
              },
              onClick:
                v !== undefined && onDrill
                  ? () => onDrill([{ column: city.c, value: r.code }, ...(other ? [{ column: other.c, value: col.value }] : [])])
                  : undefined,
            };
          },
          render: (_: unknown, r: (typeof data)[number]) => {
            const v = model.cells.get(`${r.code}|${col.key}`);
            return v === undefined ? (
              <span style={{ color: '#bbb' }}>—</span>
            ) : (
              <Tooltip title={`${r.name} · ${col.label}：${format(v)}`}>{format(v)}</Tooltip>
            );
          },
        })),
      ]}
    />
  );
}
