import { BOOKING_STATUS_LABELS, SERVICE_CATEGORY_LABELS, SERVICE_NATURE_LABELS } from '@hebei/domain';
import { BOOKING_ANALYTICS_ROWS, ServiceBooking } from '../../booking/booking.entity';
import { Institution } from '../../institution/institution.entity';
import { ServiceProduct } from '../../product/product.entity';
import { defineDataset, enumValuesOf } from '../analytics.catalog';
import { PRODUCT_NATURE_LABELS } from './products';

/**
 * 服务预约 (Art. 13(2)): what was booked, where, when, how it was answered and rated. The enterprise's need, contact
 * and comments are not in the catalogue: a count needs none of them.
 */
export const BOOKINGS = defineDataset({
  key: 'bookings',
  label: '服务预约',
  unit: '预约',
  description: '企业对服务产品的预约、机构答复（5个工作日内）与评价；按服务机构所在地区（预约时记录）归属',
  root: { entity: ServiceBooking, alias: 'b', id: 'b.id' },
  joins: {
    institution: { entity: Institution, alias: 'bi', on: 'bi.id = b.institutionId' },
    product: { entity: ServiceProduct, alias: 'bp', on: 'bp.id = b.productId' },
  },
  scope: [{ alias: 'b', rule: BOOKING_ANALYTICS_ROWS }],
  defaultColumns: ['requestDate', 'institutionName', 'divisionCode', 'productName', 'status', 'respondedInTime', 'rating'],
  fields: [
    { key: 'requestDate', label: '提交日期', type: 'DATE', column: 'b.requestDate', nullable: false, earliest: '2025-01-01' },
    { key: 'responseDeadline', label: '答复截止日', type: 'DATE', column: 'b.responseDeadline', nullable: false, earliest: '2025-01-01' },
    { key: 'respondedOn', label: '答复日期', type: 'DATE', column: 'b.respondedOn', earliest: '2025-01-01' },
    { key: 'completedOn', label: '完成日期', type: 'DATE', column: 'b.completedAt', storage: 'datetime', earliest: '2025-01-01' },
    {
      key: 'status',
      label: '预约状态',
      type: 'ENUM',
      column: 'b.status',
      enumValues: enumValuesOf(BOOKING_STATUS_LABELS),
      nullable: false,
    },
    { key: 'divisionCode', label: '所在地区', type: 'DIVISION', column: 'b.divisionCode', nullable: false },
    {
      key: 'respondedInTime',
      label: '按时答复',
      type: 'BOOLEAN',
      nullable: false,
      description: '在答复截止日当天及以前答复（接受或拒绝）',
      expression: {
        sql: 'CASE WHEN b.respondedOn IS NOT NULL AND b.respondedOn <= b.responseDeadline THEN 1 ELSE 0 END',
        aliases: ['b'],
      },
    },
    {
      key: 'due',
      label: '应答复',
      type: 'BOOLEAN',
      nullable: false,
      description: '已答复或已逾期的预约（尚在期限内的待答复预约不计），按时答复率的分母',
      expression: { sql: 'CASE WHEN b.respondedOn IS NOT NULL OR b.overdue = 1 THEN 1 ELSE 0 END', aliases: ['b'] },
    },
    { key: 'overdue', label: '逾期', type: 'BOOLEAN', column: 'b.overdue', nullable: false },
    { key: 'rating', label: '评分', type: 'NUMBER', column: 'b.rating', unit: '分' },
    { key: 'productName', label: '服务产品', type: 'TEXT', column: 'b.productName', nullable: false },
    {
      key: 'category',
      label: '服务类别',
      type: 'ENUM',
      column: 'bp.categoryCode',
      enumValues: enumValuesOf(SERVICE_CATEGORY_LABELS),
      nullable: false,
    },
    {
      key: 'productNature',
      label: '产品性质',
      type: 'ENUM',
      column: 'bp.nature',
      enumValues: enumValuesOf(PRODUCT_NATURE_LABELS),
      nullable: false,
    },
    { key: 'institutionName', label: '服务机构', type: 'TEXT', column: 'bi.name', nullable: false },
    { key: 'institutionNature', label: '机构服务性质', type: 'ENUM', column: 'bi.nature', enumValues: enumValuesOf(SERVICE_NATURE_LABELS) },
    {
      key: 'institutionId',
      label: '服务机构编号',
      type: 'NUMBER',
      column: 'b.institutionId',
      nullable: false,
      aggregates: ['COUNT_DISTINCT'],
      listed: false,
    },
    {
      key: 'enterpriseId',
      label: '预约企业编号',
      type: 'NUMBER',
      column: 'b.enterpriseId',
      nullable: false,
      aggregates: ['COUNT_DISTINCT'],
      listed: false,
    },
  ],
});
