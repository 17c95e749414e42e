/** Application batches (Art. 8, Attachment 3): PROVINCE opens a batch; institutions apply once per batch until its online deadline. */
import { compareIsoDate, IsoDate } from './calendar';
import { defineStateMachine } from './state-machine';

export const BATCH_STATUS_LABELS = { DRAFT: '未开放', OPEN: '申报中', CLOSED: '已截止' } as const;
export type BatchStatus = keyof typeof BATCH_STATUS_LABELS;

export const batchMachine = defineStateMachine({
  subject: '该批次',
  code: 'INVALID_BATCH_STATE',
  states: BATCH_STATUS_LABELS,
  events: { OPEN: '开放申报', CLOSE: '截止申报' },
  transitions: {
    OPEN: { from: ['DRAFT', 'CLOSED'], to: 'OPEN', refusals: { OPEN: '该批次已在申报中' } },
    CLOSE: { from: ['OPEN'], to: 'CLOSED', refusals: { DRAFT: '只有申报中的批次可以截止', CLOSED: '只有申报中的批次可以截止' } },
  },
});

export type BatchRefusal = 'BATCH_NOT_OPEN' | 'DEADLINE_PASSED';

/** Why a batch takes no new or resubmitted applications today, or null when it does (the deadline day counts). */
export function batchRefusal(batch: { status: BatchStatus; onlineDeadline: IsoDate }, today: IsoDate): BatchRefusal | null {
  if (batch.status !== 'OPEN') return 'BATCH_NOT_OPEN';
  return compareIsoDate(today, batch.onlineDeadline) > 0 ? 'DEADLINE_PASSED' : null;
}
