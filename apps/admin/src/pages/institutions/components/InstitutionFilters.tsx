import { useQuery } from '@apollo/client/react';
import { Cascader, Form, Input, Select } from 'antd';
import { FilterForm } from '../../../app/components';
import type { InstitutionFilter } from '../../../graphql/generated/graphql';
import { ServiceCategoriesQuery } from '../../../graphql/reference';
import { divisionPath, divisionSearch, useDivisionOptions, type DivisionOption } from '../../../app/divisions';
import { useCurrentUser } from '../../../app/current-user';
import { REGISTRY_STATUS_LABELS, SERVICE_NATURE_LABELS, optionsOf } from '../../../app/labels';

interface Values {
  division?: string[];
  nature?: InstitutionFilter['nature'];
  category?: string;
  registryStatus?: InstitutionFilter['registryStatus'];
  text?: string;
}

function toFilter(v: Values): InstitutionFilter {
  const filter: InstitutionFilter = {};
  const division = v.division?.[v.division.length - 1];
  if (division) filter.divisionCode = division;
  if (v.nature) filter.nature = v.nature;
  if (v.category) filter.category = v.category;
  if (v.registryStatus) filter.registryStatus = v.registryStatus;
  if (v.text?.trim()) filter.text = v.text.trim();
  return filter;
}

function toValues(f: InstitutionFilter, options: DivisionOption[]): Values {
  return {
    division: divisionPath(options, f.divisionCode) ?? (f.divisionCode ? [f.divisionCode] : undefined),
    nature: f.nature ?? undefined,
    category: f.category ?? undefined,
    registryStatus: f.registryStatus ?? undefined,
    text: f.text ?? undefined,
  };
}

/** Selects apply at once; the keyword applies on Enter or 查询 so typing does not fire a request per key. */
export function InstitutionFilters({
  onChange,
  value,
  showStatus = true,
}: {
  onChange: (f: InstitutionFilter) => void;
  /** The filter the list shows now (kept in the URL); the form follows it. */
  value?: InstitutionFilter;
  showStatus?: boolean;
}) {
  const user = useCurrentUser();
  const divisions = useDivisionOptions(user);
  const categories = useQuery(ServiceCategoriesQuery);

  return (
    <FilterForm<Values>
      name="institutionFilter"
      typed={['text']}
      values={value ? toValues(value, divisions.options) : undefined}
      onApply={(v) => onChange(toFilter(v))}
      data-testid="institution-filters"
    >
      <Form.Item name="division" label="地区">
        <Cascader
          options={divisions.options}
          loading={divisions.loading}
          changeOnSelect
          showSearch={divisionSearch}
          placeholder="全部地区"
          style={{ width: 200 }}
          allowClear
          data-testid="filter-division"
        />
      </Form.Item>
      <Form.Item name="nature" label="服务性质">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          options={optionsOf(SERVICE_NATURE_LABELS)}
          data-testid="filter-nature"
        />
      </Form.Item>
      <Form.Item name="category" label="服务方向">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 140 }}
          loading={categories.loading}
          options={(categories.data?.serviceCategories ?? []).map((c) => ({ value: c.code, label: c.name }))}
          data-testid="filter-category"
        />
      </Form.Item>
      {showStatus ? (
        <Form.Item name="registryStatus" label="入库状态">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            options={optionsOf(REGISTRY_STATUS_LABELS)}
            data-testid="filter-status"
          />
        </Form.Item>
      ) : null}
      <Form.Item name="text" label="关键词">
        <Input allowClear placeholder="单位名称或统一社会信用代码" style={{ width: 240 }} maxLength={50} />
      </Form.Item>
    </FilterForm>
  );
}
