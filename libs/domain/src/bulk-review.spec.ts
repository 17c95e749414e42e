import { describe, expect, it } from '@jest/globals';
import { BULK_REVIEW_MAX, bulkReviewViolations } from './bulk-review';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('bulk review (Art. 8: one opinion for several applications of a queue)', () => {
  it.each([
    ['APPROVE two', 'APPROVE', ids(2), []],
    ['RETURN one', 'RETURN', ids(1), []],
    ['APPROVE the maximum', 'APPROVE', ids(BULK_REVIEW_MAX), []],
    ['REJECT is decided one by one (final, own reason)', 'REJECT', ids(2), ['BULK_ACTION_NOT_ALLOWED']],
    ['nothing selected', 'APPROVE', [], ['BULK_EMPTY']],
    ['one above the maximum', 'RETURN', ids(BULK_REVIEW_MAX + 1), ['BULK_TOO_MANY']],
    ['the same application twice', 'APPROVE', ['7', '7'], ['BULK_DUPLICATE']],
  ] as const)('%s', (_name, action, list, codes) => {
    expect(bulkReviewViolations(action, list).map((v) => v.code)).toEqual(codes);
  });

  it('says in Chinese why, naming the count', () => {
    expect(bulkReviewViolations('APPROVE', ids(51))[0].message).toBe('批量审核每次最多50项，已选择51项');
    expect(bulkReviewViolations('REJECT', ids(1))[0].message).toContain('须逐件审核');
  });
});
