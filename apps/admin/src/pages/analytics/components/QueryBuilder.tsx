import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ANALYTICS_AGGREGATE_LABELS,
  ANALYTICS_OP_LABELS,
  DATE_GRANULARITY_LABELS,
  DIVISION_LEVEL_LABELS,
  dimensionKey,
  dimensionLabel,
  HAVING_OPS,
  measureKey,
  measureLabel,
  type AnalyticsAggregate,
  type AnalyticsQuery,
  type HavingOp,
} from '@hebei/domain';
import { Button, Divider, Flex, Input, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { emptyQuery, queryMode, toCatalogDataset, type CatalogInfo } from '../lib/model';
import { FilterTree, type DivisionChoice } from './FilterTree';

interface Props {
  catalog: CatalogInfo;
  value: AnalyticsQuery;
  onChange: (next: AnalyticsQuery) => void;
  divisions: DivisionChoice[];
}

function Section({ title, children, extra }: { title: string; children: React.ReactNode; extra?: React.ReactNode }) {
  return (
    <div style={{ marginBottom: 4 }}>
      <Divider titlePlacement="start" style={{ margin: '12px 0' }}>
        <Space size={8}>
          <Typography.Text strong>{title}</Typography.Text>
          {extra}
        </Space>
      </Divider>
      {children}
    </div>
  );
}

/** 数据集 → 筛选 → 汇总（维度、指标、分组筛选）或明细（字段）→ 排序与条数. */
export function QueryBuilder({ catalog, value: q, onChange, divisions }: Props) {
  const dataset = catalog.datasets.find((d) => d.key === q.dataset) ?? catalog.datasets[0];
  const cds = toCatalogDataset(dataset);
  const mode = queryMode(q);
  const grouped = mode === 'groups';
  const dims = q.groupBy ?? [];
  const measures = q.measures?.length ? q.measures : [{ aggregate: 'COUNT' as const }];
  const having = q.having ?? [];
  const sort = q.sort ?? [];
  const dimFields = dataset.fields.filter((f) => f.dimension);
  const set = (patch: Partial<AnalyticsQuery>) => onChange({ ...q, ...patch });

  const sortKeys = grouped
    ? [
        ...dims.map((d) => ({ value: dimensionKey(d), label: dimensionLabel(cds, d.field, d.granularity, d.level) })),
        ...measures.map((m) => ({ value: measureKey(m), label: measureLabel(cds, m.aggregate, m.field) })),
      ]
    : dataset.fields.filter((f) => f.sortable).map((f) => ({ value: f.key, label: f.label }));

  const measureOptions = [
    { value: 'COUNT|', label: `${dataset.unit}数（计数）` },
    ...dataset.fields.flatMap((f) =>
      f.aggregates
        .filter((a) => !(a === 'COUNT' && !f.nullable))
        .map((a) => ({ value: `${a}|${f.key}`, label: measureLabel(cds, a, f.key) })),
    ),
  ];

  return (
    <div data-testid="query-builder">
      <Section title="数据集">
        <Select
          aria-label="数据集"
          style={{ width: '100%' }}
          value={dataset.key}
          options={catalog.datasets.map((d) => ({ value: d.key, label: d.label }))}
          onChange={(key: string) => onChange(emptyQuery(key))}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {dataset.description}
        </Typography.Paragraph>
      </Section>

      <Section title="筛选条件">
        <FilterTree
          dataset={dataset}
          value={q.filter ?? { and: [] }}
          onChange={(filter) => set({ filter })}
          divisions={divisions}
          maxDepth={catalog.limits.maxFilterDepth}
        />
      </Section>

      <Section title="结果形式">
        <Segmented
          aria-label="结果形式"
          value={mode}
          options={[
            { value: 'groups', label: '汇总' },
            { value: 'rows', label: '明细' },
          ]}
          onChange={(v) =>
            v === 'rows'
              ? onChange({ dataset: q.dataset, filter: q.filter, columns: [...dataset.defaultColumns], sort: [] })
              : onChange({ ...emptyQuery(q.dataset), filter: q.filter })
          }
        />
      </Section>

      {mode === 'groups' ? (
        <>
          <Section title={`汇总维度（最多${catalog.limits.maxDimensions}个）`}>
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              {dims.map((d, i) => {
                const f = dataset.fields.find((x) => x.key === d.field);
                return (
                  <Flex key={i} gap={8} wrap align="center" data-testid={`dimension-${i}`}>
                    <Select
                      aria-label="维度字段"
                      showSearch
                      optionFilterProp="label"
                      style={{ width: 170 }}
                      value={d.field}
                      options={dimFields.map((x) => ({ value: x.key, label: x.label }))}
                      onChange={(key: string) => {
                        const nf = dataset.fields.find((x) => x.key === key)!;
                        const next = {
                          field: key,
                          ...(nf.granularities.length
                            ? { granularity: nf.granularities.includes('MONTH') ? 'MONTH' : nf.granularities[0] }
                            : {}),
                          ...(nf.levels.length ? { level: nf.levels[0] } : {}),
                        } as (typeof dims)[number];
                        set({ groupBy: dims.map((x, j) => (j === i ? next : x)), sort: [], having: [] });
                      }}
                    />
                    {f?.granularities.length ? (
                      <Select
                        aria-label="日期粒度"
                        style={{ width: 100 }}
                        value={d.granularity ?? undefined}
                        options={f.granularities.map((g) => ({ value: g, label: DATE_GRANULARITY_LABELS[g] }))}
                        onChange={(granularity) =>
                          set({ groupBy: dims.map((x, j) => (j === i ? { ...x, granularity } : x)), sort: [], having: [] })
                        }
                      />
                    ) : null}
                    {f?.levels.length ? (
                      <Select
                        aria-label="区划层级"
                        style={{ width: 100 }}
                        value={d.level ?? 'COUNTY'}
                        options={f.levels.map((l) => ({ value: l, label: DIVISION_LEVEL_LABELS[l] }))}
                        onChange={(level) => set({ groupBy: dims.map((x, j) => (j === i ? { ...x, level } : x)), sort: [], having: [] })}
                      />
                    ) : null}
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="删除维度"
                      onClick={() => set({ groupBy: dims.filter((_, j) => j !== i), sort: [], having: [] })}
                    />
                  </Flex>
                );
              })}
              {dims.length === 0 ? <Typography.Text type="secondary">请至少添加一个汇总维度</Typography.Text> : null}
              {dims.length < catalog.limits.maxDimensions ? (
                <Select
                  aria-label="添加维度"
                  placeholder={
                    <>
                      <PlusOutlined /> 添加维度
                    </>
                  }
                  style={{ width: 200 }}
                  value={null}
                  showSearch
                  optionFilterProp="label"
                  options={dimFields.filter((x) => !dims.some((d) => d.field === x.key)).map((x) => ({ value: x.key, label: x.label }))}
                  onChange={(key: string) => {
                    const nf = dataset.fields.find((x) => x.key === key)!;
                    const next = {
                      field: key,
                      ...(nf.granularities.length
                        ? { granularity: nf.granularities.includes('MONTH') ? 'MONTH' : nf.granularities[0] }
                        : {}),
                      ...(nf.levels.length ? { level: nf.levels.includes('CITY') ? 'CITY' : nf.levels[0] } : {}),
                    } as (typeof dims)[number];
                    set({ groupBy: [...dims, next] });
                  }}
                />
              ) : null}
            </Space>
          </Section>

          <Section title="统计指标">
            <Select
              aria-label="统计指标"
              mode="multiple"
              style={{ width: '100%' }}
              value={measures.map((m) => `${m.aggregate}|${m.field ?? ''}`)}
              options={measureOptions}
              optionFilterProp="label"
              maxCount={catalog.limits.maxMeasures}
              onChange={(vals: string[]) => {
                const next = vals.map((v) => {
                  const [aggregate, field] = v.split('|');
                  return field ? { aggregate: aggregate as AnalyticsAggregate, field } : { aggregate: aggregate as AnalyticsAggregate };
                });
                const keys = new Set(next.map(measureKey));
                set({
                  measures: next,
                  having: having.filter((h) => keys.has(h.measure)),
                  sort: sort.filter((s) => keys.has(s.key) || dims.some((d) => dimensionKey(d) === s.key)),
                });
              }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              可选：{Object.values(ANALYTICS_AGGREGATE_LABELS).join('、')}
            </Typography.Text>
          </Section>

          {dims.length > 0 ? (
            <Section title="分组筛选">
              <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                {having.map((h, i) => (
                  <Flex key={i} gap={8} wrap align="center" data-testid={`having-${i}`}>
                    <Select
                      aria-label="分组筛选指标"
                      style={{ width: 170 }}
                      value={h.measure}
                      options={measures.map((m) => ({ value: measureKey(m), label: measureLabel(cds, m.aggregate, m.field) }))}
                      onChange={(measure: string) => set({ having: having.map((x, j) => (j === i ? { ...x, measure } : x)) })}
                    />
                    <Select
                      aria-label="分组筛选方式"
                      style={{ width: 100 }}
                      value={h.op}
                      options={HAVING_OPS.map((op) => ({ value: op, label: ANALYTICS_OP_LABELS[op] }))}
                      onChange={(op: HavingOp) =>
                        set({
                          having: having.map((x, j) =>
                            j === i ? { ...x, op, values: op === 'BETWEEN' ? ['', ''] : [x.values[0] ?? ''] } : x,
                          ),
                        })
                      }
                    />
                    {h.values.map((v, k) => (
                      <Input
                        key={k}
                        aria-label="分组筛选值"
                        style={{ width: 90 }}
                        value={v}
                        onChange={(e) =>
                          set({
                            having: having.map((x, j) =>
                              j === i ? { ...x, values: x.values.map((y, l) => (l === k ? e.target.value : y)) } : x,
                            ),
                          })
                        }
                      />
                    ))}
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="删除分组筛选"
                      onClick={() => set({ having: having.filter((_, j) => j !== i) })}
                    />
                  </Flex>
                ))}
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => set({ having: [...having, { measure: measureKey(measures[0]), op: 'GTE', values: [''] }] })}
                >
                  添加分组筛选
                </Button>
              </Space>
            </Section>
          ) : null}
        </>
      ) : (
        <Section title="显示字段">
          <Select
            aria-label="显示字段"
            mode="multiple"
            style={{ width: '100%' }}
            value={q.columns ?? [...dataset.defaultColumns]}
            optionFilterProp="label"
            options={dataset.fields
              .filter((f) => f.listed)
              .map((f) => ({ value: f.key, label: f.personalData ? `${f.label}（个人信息）` : f.label }))}
            onChange={(columns: string[]) => set({ columns })}
          />
        </Section>
      )}

      <Section title="排序与条数">
        <Flex gap={8} wrap align="center">
          <Select
            aria-label="排序字段"
            allowClear
            placeholder="默认顺序"
            style={{ width: 200 }}
            value={sort[0]?.key}
            options={sortKeys}
            onChange={(key?: string) => set({ sort: key ? [{ key, direction: sort[0]?.direction ?? 'DESC' }] : [] })}
          />
          <Select
            aria-label="排序方向"
            style={{ width: 110 }}
            disabled={!sort[0]}
            value={sort[0]?.direction ?? 'DESC'}
            options={[
              { value: 'DESC', label: '从高到低' },
              { value: 'ASC', label: '从低到高' },
            ]}
            onChange={(direction) => set({ sort: sort[0] ? [{ ...sort[0], direction }] : [] })}
          />
          {mode === 'groups' ? (
            <InputNumber
              aria-label="最多显示组数"
              min={1}
              max={catalog.limits.maxGroups}
              placeholder="全部分组"
              style={{ width: 140 }}
              value={q.limit ?? null}
              suffix="组"
              onChange={(limit) => set({ limit: limit ?? null })}
            />
          ) : null}
        </Flex>
      </Section>
    </div>
  );
}
