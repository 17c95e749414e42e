import { SERVICE_CATEGORY_LABELS, SERVICE_NATURE_LABELS } from '@hebei/domain';
import { Institution, INSTITUTION_ROWS } from '../../institution/institution.entity';
import { PRODUCT_ROWS, ServiceProduct } from '../../product/product.entity';
import { defineDataset, enumValuesOf } from '../analytics.catalog';

export const PRODUCT_NATURE_LABELS = { FREE: '公益（免费）', PAID: '收费' } as const;

/**
 * 服务产品 (Art. 13(1)): what the registry offers. Products answer to their own rule (what is public) and to the place
 * of their institution, so a city bureau counts the offer of its own places only.
 */
export const PRODUCTS = defineDataset({
  key: 'products',
  label: '服务产品',
  unit: '产品',
  description: '在库服务机构已发布的服务产品，按机构所在地区归属',
  root: { entity: ServiceProduct, alias: 'p', id: 'p.id' },
  joins: { institution: { entity: Institution, alias: 'pin', on: 'pin.id = p.institutionId' } },
  scope: [
    { alias: 'p', rule: PRODUCT_ROWS },
    { alias: 'pin', rule: INSTITUTION_ROWS },
  ],
  defaultColumns: ['name', 'category', 'nature', 'institutionName', 'divisionCode', 'publishedOn'],
  fields: [
    { key: 'name', label: '产品名称', type: 'TEXT', column: 'p.name', nullable: false },
    {
      key: 'category',
      label: '服务类别',
      type: 'ENUM',
      column: 'p.categoryCode',
      enumValues: enumValuesOf(SERVICE_CATEGORY_LABELS),
      nullable: false,
    },
    {
      key: 'nature',
      label: '产品性质',
      type: 'ENUM',
      column: 'p.nature',
      enumValues: enumValuesOf(PRODUCT_NATURE_LABELS),
      nullable: false,
    },
    { key: 'publishedOn', label: '最近发布日期', type: 'DATE', column: 'p.publishedAt', storage: 'datetime', earliest: '2025-01-01' },
    { key: 'institutionName', label: '服务机构', type: 'TEXT', column: 'pin.name', nullable: false },
    { key: 'divisionCode', label: '所在地区', type: 'DIVISION', column: 'pin.divisionCode', nullable: false },
    {
      key: 'institutionNature',
      label: '机构服务性质',
      type: 'ENUM',
      column: 'pin.nature',
      enumValues: enumValuesOf(SERVICE_NATURE_LABELS),
    },
    {
      key: 'institutionId',
      label: '服务机构编号',
      type: 'NUMBER',
      column: 'p.institutionId',
      nullable: false,
      aggregates: ['COUNT_DISTINCT'],
      listed: false,
    },
  ],
});
