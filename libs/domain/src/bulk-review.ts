/**
 * Bulk review (issue #12 item 4): one opinion applied to several applications of the same queue (Art. 8, SPEC §3.4).
 * Approving (初审通过, 市级推荐, 省级审核通过) and returning for correction (退回修改) may carry one common opinion for
 * several items; 不予通过 is final and states a reason particular to the application, so it is decided one by one.
 */
import type { FieldViolation } from './errors';
import { REVIEW_ACTION_LABELS, type ReviewAction } from './review';

export const BULK_REVIEW_ACTIONS: readonly ReviewAction[] = ['APPROVE', 'RETURN'];
/** A bulk decision covers at most this many applications (one screen page of a review tab at most). */
export const BULK_REVIEW_MAX = 50;

/** Why a bulk decision is refused before any application is read; the per-item checks are the single review's. */
export function bulkReviewViolations(action: ReviewAction, ids: readonly string[]): FieldViolation[] {
  const out: FieldViolation[] = [];
  if (!BULK_REVIEW_ACTIONS.includes(action)) {
    out.push({ field: 'action', code: 'BULK_ACTION_NOT_ALLOWED', message: `“${REVIEW_ACTION_LABELS[action]}”须逐件审核，不能批量操作` });
  }
  if (ids.length === 0) out.push({ field: 'items', code: 'BULK_EMPTY', message: '请至少选择一项申请' });
  if (ids.length > BULK_REVIEW_MAX) {
    out.push({ field: 'items', code: 'BULK_TOO_MANY', message: `批量审核每次最多${BULK_REVIEW_MAX}项，已选择${ids.length}项` });
  }
  if (new Set(ids).size !== ids.length) out.push({ field: 'items', code: 'BULK_DUPLICATE', message: '所选申请有重复' });
  return out;
}
