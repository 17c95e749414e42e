import { INSTITUTION_TYPE_LABELS, REVIEW_STATUS_LABELS, SERVICE_NATURE_LABELS } from '@hebei/domain';
import { Application, APPLICATION_ROWS } from '../../application/application.entity';
import { Batch } from '../../batch/batch.entity';
import { defineDataset, enumValuesOf } from '../analytics.catalog';

/** 入库申请: applications per batch and stage (Art. 8); officers never see drafts (APPLICATION_ROWS). */
export const APPLICATIONS = defineDataset({
  key: 'applications',
  label: '入库申请',
  unit: '申请',
  description: '各批次入库申请（附件2）及其所处审核环节；主管部门看不到未提交的草稿',
  root: { entity: Application, alias: 'a', id: 'a.id' },
  joins: { batch: { entity: Batch, alias: 'ab', on: 'ab.id = a.batchId' } },
  scope: [{ alias: 'a', rule: APPLICATION_ROWS }],
  defaultColumns: ['batchName', 'name', 'divisionCode', 'status', 'submittedOn', 'contactPhone'],
  fields: [
    { key: 'batchName', label: '申报批次', type: 'TEXT', column: 'ab.name', nullable: false, dimension: true, cardinality: 100 },
    { key: 'status', label: '申请状态', type: 'ENUM', column: 'a.status', enumValues: enumValuesOf(REVIEW_STATUS_LABELS), nullable: false },
    { key: 'name', label: '单位名称', type: 'TEXT', column: 'a.name', nullable: false },
    { key: 'divisionCode', label: '所在地区', type: 'DIVISION', column: 'a.divisionCode', nullable: false },
    { key: 'nature', label: '服务性质', type: 'ENUM', column: 'a.nature', enumValues: enumValuesOf(SERVICE_NATURE_LABELS) },
    {
      key: 'institutionType',
      label: '机构性质',
      type: 'ENUM',
      column: 'a.institutionType',
      enumValues: enumValuesOf(INSTITUTION_TYPE_LABELS),
    },
    { key: 'submittedOn', label: '提交日期', type: 'DATE', column: 'a.submittedAt', storage: 'datetime', earliest: '2025-01-01' },
    { key: 'skipsCounty', label: '免县级初审', type: 'BOOLEAN', column: 'a.skipsCounty', nullable: false },
    { key: 'employees', label: '从业人数', type: 'NUMBER', column: 'a.employees', unit: '人' },
    { key: 'serviceAssets', label: '服务资产', type: 'MONEY', column: 'a.serviceAssets', unit: '万元' },
    { key: 'totalAssets', label: '总资产', type: 'MONEY', column: 'a.totalAssets', unit: '万元' },
    { key: 'premisesArea', label: '服务场地面积', type: 'NUMBER', column: 'a.premisesArea', unit: '平方米' },
    { key: 'revenueLastYear', label: '上年度服务收入', type: 'MONEY', column: 'a.revenueLastYear', unit: '万元' },
    { key: 'profitLastYear', label: '上年度服务利润', type: 'MONEY', column: 'a.profitLastYear', unit: '万元' },
    { key: 'smesServedLastYear', label: '近一年服务中小企业数', type: 'NUMBER', column: 'a.smesServedLastYear', unit: '家' },
    { key: 'pointToPointEnterprises', label: '点对点服务企业数', type: 'NUMBER', column: 'a.pointToPointEnterprises', unit: '家' },
    { key: 'cooperatingExperts', label: '合作专家数', type: 'NUMBER', column: 'a.cooperatingExperts', unit: '人' },
    {
      key: 'institutionId',
      label: '服务机构',
      type: 'NUMBER',
      column: 'a.institutionId',
      nullable: false,
      aggregates: ['COUNT_DISTINCT'],
      listed: false,
    },
    { key: 'contactPhone', label: '联系电话', type: 'TEXT', column: 'a.contactPhone', aggregates: ['COUNT'] },
    { key: 'email', label: '电子信箱', type: 'TEXT', column: 'a.email', aggregates: ['COUNT'] },
  ],
});
