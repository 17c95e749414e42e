import { describe, expect, it } from '@jest/globals';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditEntityLabel, auditFieldChanges, displayIp, isAuditAction } from './audit';

// SPEC §7: every state change has an audit row (actor, action, entity, before/after, time, IP); issue #12 item 7 makes it readable.
describe('the audit log in words', () => {
  // The API's AuditService.record takes only AuditAction (a key of this table): the compiler names every new action.
  it('every action has its own Chinese name', () => {
    const names = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(names).size).toBe(names.length);
    for (const [code, name] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(name).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it.each([
    ['CANCEL_BOOKING', true],
    ['WITHDRAW_APPLICATION', true],
    ['toString', false],
    ['UNKNOWN_ACTION', false],
  ])('isAuditAction(%s) = %s', (code, known) => expect(isAuditAction(code)).toBe(known));

  it.each([
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['::1', '::1'],
    [null, ''],
    ['', ''],
  ])('shows the IP %s as %s', (ip, shown) => {
    expect(displayIp(ip)).toBe(shown);
  });

  it.each([
    ['CREATE_INSTITUTION', '新增机构'],
    ['REVIEW_APPROVE', '审核通过'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
  ])('names the action %s %s', (code, label) => {
    expect(auditActionLabel(code)).toBe(label);
  });

  it.each([
    ['Institution', '服务机构'],
    ['Application', '入库申请'],
    ['Unknown', 'Unknown'],
  ])('names the record type %s %s', (code, label) => {
    expect(auditEntityLabel(code)).toBe(label);
  });

  it.each([
    [
      'a status change',
      '{"status":"SUBMITTED","version":1}',
      '{"status":"COUNTY_APPROVED","version":2,"opinion":"同意"}',
      [
        { field: 'status', label: '状态', before: 'SUBMITTED', after: 'COUNTY_APPROVED', changed: true },
        { field: 'version', label: '版本', before: '1', after: '2', changed: true },
        { field: 'opinion', label: '意见', before: '', after: '同意', changed: true },
      ],
    ],
    [
      'a creation (no before), booleans and lists',
      null,
      '{"name":"某机构","published":true,"mainCategories":["BRAND","FINANCING"]}',
      [
        { field: 'name', label: '名称', before: '', after: '某机构', changed: true },
        { field: 'published', label: '已发布', before: '', after: '是', changed: true },
        { field: 'mainCategories', label: '主要服务方向', before: '', after: 'BRAND、FINANCING', changed: true },
      ],
    ],
    ['an unchanged field', '{"name":"甲"}', '{"name":"甲"}', [{ field: 'name', label: '名称', before: '甲', after: '甲', changed: false }]],
    ['text that is not JSON', null, 'not json', [{ field: 'value', label: '内容', before: '', after: 'not json', changed: true }]],
    ['a bare value', null, '3', [{ field: 'value', label: '内容', before: '', after: '3', changed: true }]],
  ])('turns %s into a field table', (_what, before, after, rows) => {
    expect(auditFieldChanges(before, after)).toEqual(rows);
  });
});
