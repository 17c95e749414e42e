import { INSTITUTION_TYPE_LABELS, SERVICE_CATEGORY_LABELS, SERVICE_NATURE_LABELS } from '@hebei/domain';
import { Institution, INSTITUTION_ROWS, InstitutionMainCategory } from '../../institution/institution.entity';
import { defineDataset, enumValuesOf } from '../analytics.catalog';

export const REGISTRY_STATUS_LABELS = { APPLICANT: '申请中', ADMITTED: '已入库', REMOVED: '已移出' } as const;

/** 服务机构: the registration record of every institution (Attachment 2 unit data), in the caller's places. */
export const INSTITUTIONS = defineDataset({
  key: 'institutions',
  label: '服务机构',
  unit: '机构',
  description: '服务机构登记信息与入库状态（附件2单位信息）；主要服务方向每家1–2项，按方向汇总时一家机构计入各自方向',
  root: { entity: Institution, alias: 'i', id: 'i.id' },
  scope: [{ alias: 'i', rule: INSTITUTION_ROWS }],
  defaultColumns: ['name', 'divisionCode', 'nature', 'category', 'registryStatus', 'admittedOn', 'contactPhone'],
  fields: [
    { key: 'name', label: '单位名称', type: 'TEXT', column: 'i.name', nullable: false },
    { key: 'uscc', label: '统一社会信用代码', type: 'TEXT', column: 'i.uscc', nullable: false, aggregates: ['COUNT'] },
    {
      key: 'registryStatus',
      label: '入库状态',
      type: 'ENUM',
      column: 'i.registryStatus',
      enumValues: enumValuesOf(REGISTRY_STATUS_LABELS),
      nullable: false,
    },
    { key: 'divisionCode', label: '所在地区', type: 'DIVISION', column: 'i.divisionCode', nullable: false },
    { key: 'nature', label: '服务性质', type: 'ENUM', column: 'i.nature', enumValues: enumValuesOf(SERVICE_NATURE_LABELS) },
    {
      key: 'institutionType',
      label: '机构性质',
      type: 'ENUM',
      column: 'i.institutionType',
      enumValues: enumValuesOf(INSTITUTION_TYPE_LABELS),
    },
    {
      key: 'category',
      label: '主要服务方向',
      type: 'ENUM',
      enumValues: enumValuesOf(SERVICE_CATEGORY_LABELS),
      many: {
        entity: InstitutionMainCategory,
        table: 'institution_main_category',
        ownerColumn: 'institutionId',
        rootColumn: 'id',
        valueColumn: 'categoryCode',
        orderColumn: 'position',
      },
      aggregates: [],
      description: '一家机构有1–2个主要服务方向：按方向汇总时计入各自方向；筛选时“属于”表示任一方向属于所选',
    },
    { key: 'admittedOn', label: '入库日期', type: 'DATE', column: 'i.admittedOn', earliest: '2025-01-01' },
    { key: 'foundedOn', label: '成立日期', type: 'DATE', column: 'i.foundedOn', earliest: '1980-01-01' },
    { key: 'registeredCapital', label: '注册资本', type: 'MONEY', column: 'i.registeredCapital', unit: '万元' },
    { key: 'serviceAssets', label: '服务资产', type: 'MONEY', column: 'i.serviceAssets', unit: '万元' },
    { key: 'totalAssets', label: '总资产', type: 'MONEY', column: 'i.totalAssets', unit: '万元' },
    { key: 'premisesArea', label: '服务场地面积', type: 'NUMBER', column: 'i.premisesArea', unit: '平方米' },
    { key: 'employees', label: '从业人数', type: 'NUMBER', column: 'i.employees', unit: '人' },
    { key: 'qualifiedStaff', label: '大专以上和中级职称以上人数', type: 'NUMBER', column: 'i.qualifiedStaff', unit: '人' },
    { key: 'cooperatingExperts', label: '合作专家数', type: 'NUMBER', column: 'i.cooperatingExperts', unit: '人' },
    { key: 'seniorExperts', label: '副高级以上专家数', type: 'NUMBER', column: 'i.seniorExperts', unit: '人' },
    { key: 'cooperatingInstitutions', label: '签约合作机构数', type: 'NUMBER', column: 'i.cooperatingInstitutions', unit: '家' },
    { key: 'contactPerson', label: '联系人', type: 'TEXT', column: 'i.contactPerson', aggregates: ['COUNT'] },
    { key: 'contactPhone', label: '联系电话', type: 'TEXT', column: 'i.contactPhone', aggregates: ['COUNT'] },
    { key: 'email', label: '电子信箱', type: 'TEXT', column: 'i.email', aggregates: ['COUNT'] },
  ],
});
