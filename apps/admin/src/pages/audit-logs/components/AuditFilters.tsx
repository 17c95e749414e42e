import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FilterForm } from '../../../app/components';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../app/labels';
import type { AuditLogFilter } from '../../../graphql/generated/graphql';

interface Values {
  action?: string;
  entityType?: string;
  actorUsername?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(v: Values): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (v.action) filter.action = v.action;
  if (v.entityType) filter.entityType = v.entityType;
  if (v.actorUsername?.trim()) filter.actorUsername = v.actorUsername.trim();
  if (v.range?.[0]) filter.from = v.range[0].toISOString();
  if (v.range?.[1]) filter.to = v.range[1].toISOString();
  return filter;
}

function toValues(f: AuditLogFilter): Values {
  return {
    action: f.action ?? undefined,
    entityType: f.entityType ?? undefined,
    actorUsername: f.actorUsername ?? undefined,
    range: f.from || f.to ? [f.from ? dayjs(f.from as string) : null, f.to ? dayjs(f.to as string) : null] : null,
  };
}

const options = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

export function AuditFilters({ onChange, value }: { onChange: (f: AuditLogFilter) => void; value?: AuditLogFilter }) {
  return (
    <FilterForm<Values>
      name="auditFilter"
      typed={['actorUsername']}
      values={value ? toValues(value) : undefined}
      onApply={(v) => onChange(toFilter(v))}
    >
      <Form.Item name="action" label="操作">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部"
          style={{ width: 220 }}
          options={options(AUDIT_ACTION_LABELS)}
        />
      </Form.Item>
      <Form.Item name="entityType" label="对象">
        <Select allowClear placeholder="全部" style={{ width: 180 }} options={options(AUDIT_ENTITY_LABELS)} />
      </Form.Item>
      <Form.Item name="actorUsername" label="操作人">
        <Input allowClear placeholder="用户名" style={{ width: 140 }} maxLength={64} />
      </Form.Item>
      <Form.Item name="range" label="时间">
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} style={{ width: 340 }} />
      </Form.Item>
    </FilterForm>
  );
}
