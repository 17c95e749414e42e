import { describe, expect, it } from '@jest/globals';
import { batchRefusal } from './batch';
import { admissionDateAfterNotice, hasNoticeEnded, isNoticeRunning } from './notice';

describe('public notice period (Art. 8(4): 公示五个工作日; the last day counts in full)', () => {
  it.each([
    ['2026-12-04', '2026-12-01', true, false],
    ['2026-12-04', '2026-12-04', true, false],
    ['2026-12-04', '2026-12-05', false, true],
  ])('ends %s, today %s → running %s, ended %s', (endsOn, today, running, ended) => {
    expect(isNoticeRunning(endsOn, today)).toBe(running);
    expect(hasNoticeEnded(endsOn, today)).toBe(ended);
  });

  it.each([
    ['2026-12-04', '2026-12-05'],
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
  ])('admitted the day after a notice ending %s: %s', (endsOn, admitted) => {
    expect(admissionDateAfterNotice(endsOn)).toBe(admitted);
  });
});

describe('batchRefusal (Attachment 3: the online deadline day still counts)', () => {
  it.each([
    ['OPEN', '2026-12-31', '2026-12-31', null],
    ['OPEN', '2026-12-31', '2027-01-01', 'DEADLINE_PASSED'],
    ['DRAFT', '2026-12-31', '2026-12-01', 'BATCH_NOT_OPEN'],
    ['CLOSED', '2026-12-31', '2026-12-01', 'BATCH_NOT_OPEN'],
  ] as const)('%s, deadline %s, today %s → %s', (status, onlineDeadline, today, expected) => {
    expect(batchRefusal({ status, onlineDeadline }, today)).toBe(expected);
  });
});
