import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ANALYTICS_OP_LABELS, RELATIVE_DATE_KINDS, relativeDateLabel, type AnalyticsFilter, type AnalyticsOp } from '@hebei/domain';
import { Button, DatePicker, Flex, Input, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { DatasetInfo, FieldInfo } from '../lib/model';

export interface DivisionChoice {
  value: string;
  label: string;
}

interface Props {
  dataset: DatasetInfo;
  value: AnalyticsFilter;
  onChange: (next: AnalyticsFilter) => void;
  divisions: DivisionChoice[];
  maxDepth: number;
}

const MULTI: readonly AnalyticsOp[] = ['IN', 'NOT_IN'];

function children(node: AnalyticsFilter): AnalyticsFilter[] {
  return node.and ?? node.or ?? [];
}

function withChildren(node: AnalyticsFilter, kids: AnalyticsFilter[]): AnalyticsFilter {
  return node.or ? { or: kids } : { and: kids };
}

/** The and/or tree: groups hold conditions and further groups; every picker comes from the catalogue. */
export function FilterTree({ dataset, value, onChange, divisions, maxDepth }: Props) {
  return (
    <FilterGroup dataset={dataset} node={value} onChange={onChange} divisions={divisions} depth={1} maxDepth={maxDepth} path="filter" />
  );
}

function FilterGroup({
  dataset,
  node,
  onChange,
  onRemove,
  divisions,
  depth,
  maxDepth,
  path,
}: {
  dataset: DatasetInfo;
  node: AnalyticsFilter;
  onChange: (next: AnalyticsFilter) => void;
  onRemove?: () => void;
  divisions: DivisionChoice[];
  depth: number;
  maxDepth: number;
  path: string;
}) {
  const kids = children(node);
  const set = (i: number, next: AnalyticsFilter) =>
    onChange(
      withChildren(
        node,
        kids.map((k, j) => (j === i ? next : k)),
      ),
    );
  const remove = (i: number) =>
    onChange(
      withChildren(
        node,
        kids.filter((_, j) => j !== i),
      ),
    );
  return (
    <div
      className="analytics-filter-group"
      data-testid={`${path}-group`}
      style={{ borderInlineStart: '2px solid #d6e4ff', paddingInlineStart: 12 }}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Segmented
          size="small"
          aria-label="条件组合方式"
          value={node.or ? 'or' : 'and'}
          options={[
            { value: 'and', label: '全部满足（且）' },
            { value: 'or', label: '满足其一（或）' },
          ]}
          onChange={(v) => onChange(v === 'or' ? { or: kids } : { and: kids })}
        />
        {onRemove ? <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label="删除条件组" /> : null}
      </Flex>
      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        {kids.map((k, i) =>
          k.and || k.or ? (
            <FilterGroup
              key={i}
              dataset={dataset}
              node={k}
              onChange={(n) => set(i, n)}
              onRemove={() => remove(i)}
              divisions={divisions}
              depth={depth + 1}
              maxDepth={maxDepth}
              path={`${path}-${i}`}
            />
          ) : (
            <FilterLeaf
              key={i}
              dataset={dataset}
              node={k}
              onChange={(n) => set(i, n)}
              onRemove={() => remove(i)}
              divisions={divisions}
              testId={`${path}-${i}`}
            />
          ),
        )}
        {kids.length === 0 ? <Typography.Text type="secondary">无筛选条件（全部数据）</Typography.Text> : null}
        <Space size={8}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange(withChildren(node, [...kids, { field: null, op: null, values: [] }]))}
          >
            添加条件
          </Button>
          {depth < maxDepth - 1 ? (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onChange(withChildren(node, [...kids, node.or ? { and: [] } : { or: [] }]))}
            >
              添加条件组
            </Button>
          ) : null}
        </Space>
      </Space>
    </div>
  );
}

function FilterLeaf({
  dataset,
  node,
  onChange,
  onRemove,
  divisions,
  testId,
}: {
  dataset: DatasetInfo;
  node: AnalyticsFilter;
  onChange: (next: AnalyticsFilter) => void;
  onRemove: () => void;
  divisions: DivisionChoice[];
  testId: string;
}) {
  const field = dataset.fields.find((f) => f.key === node.field);
  return (
    <Flex gap={8} wrap align="center" data-testid={testId}>
      <Select
        aria-label="筛选字段"
        showSearch
        optionFilterProp="label"
        placeholder="选择字段"
        style={{ width: 170 }}
        value={node.field ?? undefined}
        options={dataset.fields.filter((f) => f.ops.length > 0).map((f) => ({ value: f.key, label: f.label }))}
        onChange={(key: string) => {
          const f = dataset.fields.find((x) => x.key === key)!;
          onChange({ field: key, op: f.ops[0] ?? null, values: [] });
        }}
      />
      <Select
        aria-label="筛选方式"
        placeholder="方式"
        style={{ width: 110 }}
        disabled={!field}
        value={node.op ?? undefined}
        options={(field?.ops ?? []).map((op) => ({ value: op, label: ANALYTICS_OP_LABELS[op] }))}
        onChange={(op: AnalyticsOp) => onChange({ field: node.field, op, values: [] })}
      />
      {field && node.op && node.op !== 'IS_NULL' ? (
        <ValueInput field={field} node={node} onChange={onChange} divisions={divisions} />
      ) : null}
      <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label="删除条件" />
    </Flex>
  );
}

function ValueInput({
  field,
  node,
  onChange,
  divisions,
}: {
  field: FieldInfo;
  node: AnalyticsFilter;
  onChange: (next: AnalyticsFilter) => void;
  divisions: DivisionChoice[];
}) {
  const op = node.op!;
  const values = node.values ?? [];
  const multi = MULTI.includes(op);
  const setValues = (v: string[]) => onChange({ field: node.field, op, values: v });
  const choices =
    field.type === 'ENUM'
      ? field.enumValues.map((e) => ({ value: e.code, label: e.label }))
      : field.type === 'DIVISION'
        ? divisions
        : field.type === 'BOOLEAN'
          ? [
              { value: 'true', label: '是' },
              { value: 'false', label: '否' },
            ]
          : null;
  if (choices) {
    return (
      <Select
        aria-label="比较值"
        showSearch
        optionFilterProp="label"
        mode={multi ? 'multiple' : undefined}
        style={{ minWidth: 200 }}
        placeholder="选择"
        value={multi ? values : values[0]}
        options={choices}
        onChange={(v: string | string[]) => setValues(Array.isArray(v) ? v : [v])}
      />
    );
  }
  if (field.type === 'DATE') {
    const relative = node.relative;
    const picker = (i: number) => (
      <DatePicker
        aria-label={i === 0 ? '日期' : '截止日期'}
        value={values[i] ? dayjs(values[i]) : null}
        onChange={(d) => {
          const next = [...values];
          next[i] = d ? d.format('YYYY-MM-DD') : '';
          setValues(next);
        }}
      />
    );
    if (op !== 'BETWEEN') return picker(0);
    return (
      <Space size={8} wrap>
        <Select
          aria-label="日期范围"
          style={{ width: 120 }}
          value={relative?.kind ?? 'FIXED'}
          options={[
            { value: 'FIXED', label: '指定日期' },
            ...RELATIVE_DATE_KINDS.map((k) => ({ value: k, label: k === 'LAST_N_DAYS' ? '近N天' : relativeDateLabel(k) })),
          ]}
          onChange={(kind: string) =>
            onChange(
              kind === 'FIXED'
                ? { field: node.field, op, values: [] }
                : { field: node.field, op, relative: { kind: kind as never, ...(kind === 'LAST_N_DAYS' ? { n: 30 } : {}) } },
            )
          }
        />
        {relative ? (
          relative.kind === 'LAST_N_DAYS' ? (
            <InputNumber
              aria-label="天数"
              min={1}
              max={3660}
              value={relative.n ?? 30}
              suffix="天"
              onChange={(n) => onChange({ field: node.field, op, relative: { kind: 'LAST_N_DAYS', n: n ?? 30 } })}
            />
          ) : null
        ) : (
          <>
            {picker(0)}
            <Typography.Text type="secondary">至</Typography.Text>
            {picker(1)}
          </>
        )}
      </Space>
    );
  }
  if (multi) {
    return (
      <Select
        aria-label="比较值"
        mode="tags"
        style={{ minWidth: 200 }}
        placeholder="输入后回车"
        value={values}
        onChange={(v: string[]) => setValues(v)}
        open={false}
      />
    );
  }
  if (op === 'BETWEEN') {
    return (
      <Space size={8}>
        <Input
          aria-label="最小值"
          style={{ width: 110 }}
          value={values[0] ?? ''}
          onChange={(e) => setValues([e.target.value, values[1] ?? ''])}
        />
        <Typography.Text type="secondary">至</Typography.Text>
        <Input
          aria-label="最大值"
          style={{ width: 110 }}
          value={values[1] ?? ''}
          onChange={(e) => setValues([values[0] ?? '', e.target.value])}
        />
      </Space>
    );
  }
  return (
    <Input
      aria-label="比较值"
      style={{ width: 200 }}
      value={values[0] ?? ''}
      placeholder={field.unit ? `单位：${field.unit}` : '输入值'}
      onChange={(e) => setValues([e.target.value])}
    />
  );
}
