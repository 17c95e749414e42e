import { REENTRY_BAN_YEARS } from '@hebei/domain';
import { Form, Input, Select, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { CursorTable, FilterForm, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { REASON_SHORT } from '../../components';
import type { ReentryBanFilter, ReentryBansQuery as BansData } from '../../graphql/generated/graphql';
import { ReentryBansQuery } from '../../graphql/removals';

type Ban = BansData['reentryBans']['edges'][number]['node'];

interface Values {
  text?: string;
  active?: 'ACTIVE' | 'ENDED';
}

/** 禁入名单 (Art. 12): institutions removed for a second-paragraph reason may not apply again for 2 years. */
export function ReentryBansPage() {
  const [filter, setFilter] = useState<ReentryBanFilter>({ active: true });
  const list = useConnectionQuery(ReentryBansQuery, { variables: { filter }, select: (d) => d.reentryBans });
  const columns: TableColumnsType<Ban> = [
    {
      title: '服务机构',
      key: 'name',
      render: (_, b) => <Typography.Text strong>{b.institutionName}</Typography.Text>,
    },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 200 },
    { title: '所在地区', key: 'division', width: 140, render: (_, b) => b.division?.name ?? '—' },
    { title: '移出原因', key: 'reason', width: 180, render: (_, b) => REASON_SHORT[b.reason] },
    { title: '移出日期', dataIndex: 'removedOn', key: 'removedOn', width: 120 },
    { title: '禁入至', dataIndex: 'banUntil', key: 'banUntil', width: 120 },
    {
      title: '状态',
      key: 'active',
      width: 100,
      render: (_, b) => (b.active ? <Tag color="red">限制期内</Tag> : <Tag>已届满</Tag>),
    },
  ];
  return (
    <PageContainer title="禁入名单">
      <Typography.Paragraph type="secondary">
        因第十二条第二款情形被移出的机构，自移出之日起{REENTRY_BAN_YEARS}年内不得再次申请入库；限制期内提交的入库申请不符合第六条（E9）。
      </Typography.Paragraph>
      <FilterForm<Values>
        name="banFilter"
        typed={['text']}
        onApply={(v) =>
          setFilter({ ...(v.text?.trim() ? { text: v.text.trim() } : {}), ...(v.active ? { active: v.active === 'ACTIVE' } : {}) })
        }
        data-testid="ban-filters"
      >
        <Form.Item name="text" label="机构">
          <Input placeholder="名称或统一社会信用代码" allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="active" label="状态" initialValue="ACTIVE">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 130 }}
            options={[
              { value: 'ACTIVE', label: '限制期内' },
              { value: 'ENDED', label: '已届满' },
            ]}
          />
        </Form.Item>
      </FilterForm>
      <CursorTable<Ban> list={list} columns={columns} emptyText="禁入名单为空" data-testid="bans-table" />
    </PageContainer>
  );
}
