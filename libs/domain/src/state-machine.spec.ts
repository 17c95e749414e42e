import { describe, expect, it } from '@jest/globals';
import { batchMachine } from './batch';
import { bookingMachine } from './booking';
import { DomainError } from './errors';
import { objectionMachine } from './notice';

describe('bookingMachine (Art. 13(2): the institution accepts or declines, then completes)', () => {
  it.each([
    ['REQUESTED', 'ACCEPT', 'ACCEPTED'],
    ['REQUESTED', 'DECLINE', 'DECLINED'],
    ['ACCEPTED', 'COMPLETE', 'COMPLETED'],
    // Art. 12 / SPEC §4.4: removal closes the bookings still open.
    ['REQUESTED', 'CLOSE', 'CLOSED'],
    ['ACCEPTED', 'CLOSE', 'CLOSED'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(bookingMachine.next(from, event)).toBe(to);
  });

  it.each([
    ['DECLINED', 'ACCEPT', '该预约已拒绝，不能再接受'],
    ['ACCEPTED', 'DECLINE', '该预约已接受，不能再拒绝'],
    ['COMPLETED', 'COMPLETE', '该预约已完成，不能再标记完成'],
    ['REQUESTED', 'COMPLETE', '该预约尚未接受，接受后才能标记完成'],
    ['COMPLETED', 'CLOSE', '该预约已完成，不能再关闭'],
    ['DECLINED', 'CLOSE', '该预约已拒绝，不能再关闭'],
    ['CLOSED', 'ACCEPT', '该预约已关闭，不能再接受'],
  ] as const)('%s refuses %s: %s', (from, event, message) => {
    expect(() => bookingMachine.next(from, event)).toThrow(message);
    try {
      bookingMachine.next(from, event);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('BOOKING_INVALID_STATE');
      expect((e as DomainError).details).toEqual({ status: from, event });
    }
  });

  it.each([
    ['REQUESTED', ['ACCEPT', 'DECLINE', 'CLOSE', 'CANCEL']],
    ['ACCEPTED', ['COMPLETE', 'CLOSE']],
    ['DECLINED', []],
    ['COMPLETED', []],
    ['CLOSED', []],
    ['CANCELLED', []],
  ] as const)('events from %s: %j', (state, events) => {
    expect(bookingMachine.eventsFrom(state)).toEqual(events);
  });
});

describe('batchMachine (Attachment 3: one application per open batch)', () => {
  it.each([
    ['DRAFT', 'OPEN', 'OPEN'],
    ['CLOSED', 'OPEN', 'OPEN'],
    ['OPEN', 'CLOSE', 'CLOSED'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(batchMachine.next(from, event)).toBe(to);
  });

  it.each([
    ['OPEN', 'OPEN', '该批次已在申报中'],
    ['DRAFT', 'CLOSE', '只有申报中的批次可以截止'],
    ['CLOSED', 'CLOSE', '只有申报中的批次可以截止'],
  ] as const)('%s refuses %s: %s', (from, event, message) => {
    expect(() => batchMachine.next(from, event)).toThrow(message);
    expect(batchMachine.can(from, event)).toBe(false);
  });
});

describe('objectionMachine (Art. 8(4): an objection during the notice is resolved once)', () => {
  it.each([
    ['PENDING', 'UPHOLD', 'UPHELD'],
    ['PENDING', 'DISMISS', 'DISMISSED'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(objectionMachine.next(from, event)).toBe(to);
  });

  it.each([
    ['UPHELD', 'DISMISS'],
    ['DISMISSED', 'UPHOLD'],
    ['UPHELD', 'UPHOLD'],
  ] as const)('%s refuses %s with ALREADY_RESOLVED', (from, event) => {
    expect(() => objectionMachine.next(from, event)).toThrow('该异议已处理');
  });
});
