import { AppstoreOutlined, CloseCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Cascader, Flex, Input, Segmented, Select, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { buildDivisionOptions, divisionSearch } from '../../../app/divisions';
import { BROWSE_SORT_LABELS, optionsOf } from '../../../app/labels';
import type { BrowseInstitutionsQuery, ServiceNature } from '../../../graphql/generated/graphql';
import { DivisionTreeQuery, ServiceCategoriesQuery } from '../../../graphql/reference';
import { SEARCH_TEXT_MAX, type RegistrySearch, type RegistryView } from '../registry-search';

interface Props {
  search: RegistrySearch;
  facets: BrowseInstitutionsQuery['browseInstitutions']['facets'] | undefined;
  /** Why the keyword cannot be searched (checked here first, or refused by the server). */
  textError?: string | null;
  /** Given the search as it is when the change applies (a navigation may still be in flight), returns the next. */
  onChange: (change: (current: RegistrySearch) => RegistrySearch) => void;
}

const ALL = 'ALL';

/**
 * Nature tabs and category tags carry the facet counts of the current answer: each dimension is counted with
 * every other filter applied, so a count is what the list would show after choosing it.
 */
export function RegistryFilters({ search, facets, textError, onChange }: Props) {
  const categories = useQuery(ServiceCategoriesQuery);
  const tree = useQuery(DivisionTreeQuery);
  // The registry is province-wide for everyone, whatever the viewer's own jurisdiction.
  const divisionOptions = useMemo(
    () => (tree.data ? buildDivisionOptions(tree.data.cities, tree.data.counties, { role: 'PROVINCE', division: null }) : []),
    [tree.data],
  );
  // The box is edited freely and follows the URL when the search changes elsewhere (清除筛选, back, a link).
  const [text, setText] = useState(search.text);
  const [searched, setSearched] = useState(search.text);
  if (search.text !== searched) {
    setSearched(search.text);
    setText(search.text);
  }

  const natureCount = (code: ServiceNature) => facets?.natures.find((n) => n.code === code)?.count;
  const allCount = facets ? facets.natures.reduce((sum, n) => sum + n.count, 0) : undefined;
  const categoryCount = (code: string) => facets?.categories.find((c) => c.code === code)?.count;
  const withCount = (label: string, count: number | undefined) => (
    <span>
      {label}
      {count === undefined ? null : <span className="facet-count">{count}</span>}
    </span>
  );

  const applyText = (value: string) => onChange((s) => ({ ...s, text: value.trim() }));
  const toggleCategory = (code: string, checked: boolean) =>
    onChange((s) => ({ ...s, categories: checked ? [...new Set([...s.categories, code])] : s.categories.filter((c) => c !== code) }));
  const error = textError ?? null;
  const filtered = !!(search.nature || search.categories.length || search.division.length || search.text);

  return (
    <div className="registry-filters" data-testid="registry-filters">
      <Tabs
        activeKey={search.nature ?? ALL}
        onChange={(key) => onChange((s) => ({ ...s, nature: key === ALL ? undefined : (key as ServiceNature) }))}
        items={[
          { key: ALL, label: withCount('全部', allCount) },
          { key: 'PUBLIC_WELFARE', label: withCount('公益性', natureCount('PUBLIC_WELFARE')) },
          { key: 'MARKET', label: withCount('社会化', natureCount('MARKET')) },
        ]}
        data-testid="nature-tabs"
      />
      <Flex align="baseline" gap={8} className="registry-filter-row">
        <Typography.Text type="secondary" className="registry-filter-label">
          服务类别
        </Typography.Text>
        <Flex wrap gap={8} data-testid="category-tags">
          {(categories.data?.serviceCategories ?? []).map((c) => (
            <Tag.CheckableTag
              key={c.code}
              checked={search.categories.includes(c.code)}
              onChange={(checked) => toggleCategory(c.code, checked)}
              className="category-tag"
              data-testid={`category-${c.code}`}
            >
              {withCount(c.name, categoryCount(c.code))}
            </Tag.CheckableTag>
          ))}
          {search.categories.length ? (
            <Button type="link" size="small" onClick={() => onChange((s) => ({ ...s, categories: [] }))}>
              不限
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Flex wrap gap={12} align="flex-start" justify="space-between" className="registry-filter-row">
        <Flex wrap gap={12} align="flex-start" style={{ minWidth: 0, maxWidth: '100%' }}>
          <Cascader
            aria-label="所在地区"
            options={divisionOptions}
            loading={tree.loading}
            value={search.division.length ? search.division : undefined}
            onChange={(value) => onChange((s) => ({ ...s, division: ((value ?? []) as string[]).filter(Boolean) }))}
            changeOnSelect
            showSearch={divisionSearch}
            placeholder="所在地区：全省"
            style={{ width: 220, maxWidth: '100%' }}
            allowClear
            data-testid="filter-division"
          />
          <div style={{ maxWidth: '100%' }}>
            <Input.Search
              aria-label="关键词"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                if (!e.target.value) applyText('');
              }}
              onSearch={applyText}
              placeholder="机构名称或服务产品名称"
              allowClear
              enterButton="搜索"
              maxLength={SEARCH_TEXT_MAX + 10}
              status={error ? 'error' : undefined}
              style={{ width: 340, maxWidth: '100%' }}
              data-testid="filter-text"
            />
            {error ? (
              <Typography.Text type="danger" className="field-hint" data-testid="filter-text-error">
                {error}
              </Typography.Text>
            ) : null}
          </div>
          <Select
            aria-label="排序方式"
            value={search.sort}
            onChange={(sort) => onChange((s) => ({ ...s, sort }))}
            options={optionsOf(BROWSE_SORT_LABELS)}
            style={{ width: 130 }}
            data-testid="filter-sort"
          />
          {filtered ? (
            <Button
              icon={<CloseCircleOutlined />}
              onClick={() => onChange((s) => ({ ...s, nature: undefined, categories: [], division: [], text: '' }))}
            >
              清除筛选
            </Button>
          ) : null}
        </Flex>
        <Segmented<RegistryView>
          aria-label="显示方式"
          value={search.view}
          onChange={(view) => onChange((s) => ({ ...s, view }))}
          options={[
            { value: 'cards', label: '卡片', icon: <AppstoreOutlined /> },
            { value: 'table', label: '列表', icon: <UnorderedListOutlined /> },
          ]}
          data-testid="view-toggle"
        />
      </Flex>
    </div>
  );
}
