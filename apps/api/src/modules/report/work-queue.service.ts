import { workQueuesOf, type WorkQueue } from '@hebei/domain';
import type { AuthUser, Scope } from '../../common/context';
import { BookingStatus } from '../booking/booking.entity';
import type { BookingService } from '../booking/booking.service';
import type { ChangeService } from '../change/change.service';
import type { NoticeService } from '../notice/notice.service';
import type { PasswordResetService } from '../password-reset/password-reset.service';
import type { RemovalService } from '../removal/removal.service';
import type { ReportService } from './report.service';
import type { WorkQueueCounts } from './report.types';

export interface WorkQueueSources {
  reports: ReportService;
  changes: ChangeService;
  removals: RemovalService;
  passwordResets: PasswordResetService;
  notices: NoticeService;
  bookings: BookingService;
}

const NONE: WorkQueueCounts = {
  changeReportsToVerify: 0,
  removalCasesPending: 0,
  currentReportDue: false,
  passwordResetsPending: 0,
  objectionsPending: 0,
  overdueBookingsOpen: 0,
};

/**
 * "What waits for me": the 待办 of a user's 工作台 and the menu badges. Which queues a role has is libs/domain's
 * `workQueuesOf`; each queue is counted by the service that owns it, within the caller's scope, all at once.
 */
export class WorkQueueService {
  private readonly counters: { [Q in WorkQueue]: (user: AuthUser, scope: Scope) => Promise<WorkQueueCounts[Q]> };

  constructor(s: WorkQueueSources) {
    this.counters = {
      changeReportsToVerify: (_u, scope) => s.changes.waitingCount(scope),
      removalCasesPending: (_u, scope) => s.removals.pendingCount(scope),
      currentReportDue: (user) => s.reports.currentDue(user.institutionId),
      passwordResetsPending: (_u, scope) => s.passwordResets.pendingCount(scope),
      objectionsPending: () => s.notices.pendingObjectionCount(),
      overdueBookingsOpen: (_u, scope) => s.bookings.count(scope, { status: BookingStatus.REQUESTED, overdue: true }),
    };
  }

  async counts(user: AuthUser, scope: Scope): Promise<WorkQueueCounts> {
    const queues = workQueuesOf(user.role);
    const values = await Promise.all(queues.map((q) => this.counters[q](user, scope)));
    return Object.assign({ ...NONE }, Object.fromEntries(queues.map((q, i) => [q, values[i]])));
  }
}
