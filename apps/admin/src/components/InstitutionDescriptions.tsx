import { Descriptions, Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { num, text } from '../app/format';
import type { InstitutionQuery } from '../graphql/generated/graphql';
import { INSTITUTION_TYPE_LABELS, REGISTRY_STATUS_COLORS, REGISTRY_STATUS_LABELS, SERVICE_NATURE_LABELS, labelOf } from '../app/labels';

type Institution = InstitutionQuery['institution'];

/** The Attachment 2 unit fields, labelled as on the paper form. */
export function InstitutionDescriptions({ institution: i, column = 2 }: { institution: Institution; column?: number }) {
  const unit: DescriptionsProps['items'] = [
    { key: 'name', label: '单位名称', children: i.name, span: 'filled' },
    { key: 'type', label: '机构性质', children: labelOf(INSTITUTION_TYPE_LABELS, i.institutionType) },
    { key: 'uscc', label: '统一社会信用代码', children: <span className="mono">{i.uscc}</span> },
    { key: 'address', label: '地址', children: text(i.address), span: 'filled' },
    { key: 'postal', label: '邮政编码', children: text(i.postalCode) },
    { key: 'legal', label: '法定代表人', children: text(i.legalRepresentative) },
    { key: 'founded', label: '成立日期', children: text(i.foundedOn) },
    { key: 'capital', label: '注册资本（万元）', children: num(i.registeredCapital, 2) },
    { key: 'contact', label: '联系人', children: text(i.contactPerson) },
    { key: 'phone', label: '联系电话', children: text(i.contactPhone) },
    { key: 'email', label: '电子信箱', children: text(i.email), span: 'filled' },
    { key: 'employees', label: '从业人数', children: num(i.employees) },
    { key: 'qualified', label: '大专以上和中级职称以上人数', children: num(i.qualifiedStaff) },
    { key: 'experts', label: '合作专家数量', children: num(i.cooperatingExperts) },
    { key: 'senior', label: '其中副高级以上', children: num(i.seniorExperts) },
    { key: 'partners', label: '合作机构数量', children: num(i.cooperatingInstitutions) },
    { key: 'serviceAssets', label: '服务资产（万元）', children: num(i.serviceAssets, 2) },
    { key: 'totalAssets', label: '总资产（万元）', children: num(i.totalAssets, 2) },
    { key: 'premises', label: '服务场地（平方米）', children: num(i.premisesArea, 2) },
  ];
  const registry: DescriptionsProps['items'] = [
    { key: 'division', label: '所在地区', children: i.division.name },
    { key: 'nature', label: '服务性质', children: labelOf(SERVICE_NATURE_LABELS, i.nature) },
    {
      key: 'categories',
      label: '主要服务方向',
      span: 'filled',
      children: i.mainCategories.length ? (
        <Space size={[4, 4]} wrap>
          {i.mainCategories.map((c) => (
            <Tag key={c.code}>{c.name}</Tag>
          ))}
          {i.otherCategoryDescription ? <span>（{i.otherCategoryDescription}）</span> : null}
        </Space>
      ) : (
        '—'
      ),
    },
    {
      key: 'status',
      label: '入库状态',
      children: <Tag color={REGISTRY_STATUS_COLORS[i.registryStatus]}>{REGISTRY_STATUS_LABELS[i.registryStatus]}</Tag>,
    },
    { key: 'admitted', label: '入库日期', children: text(i.admittedOn) },
  ];
  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      <Descriptions
        title="单位基本情况"
        bordered
        size="small"
        column={column}
        items={unit}
        styles={{ label: { width: 200 } }}
        data-testid="institution-unit"
      />
      <Descriptions title="入库信息" bordered size="small" column={column} items={registry} styles={{ label: { width: 200 } }} />
    </Space>
  );
}
