import { AppError } from '../../common/errors';

export enum JobErrorCode {
  JOB_RUNNING = 'JOB_RUNNING',
  JOB_FAILED = 'JOB_FAILED',
}

export const jobRunning = (label: string) =>
  new AppError(JobErrorCode.JOB_RUNNING, `任务“${label}”正在执行中（其他节点或上一次执行尚未结束），请稍后再试`);

/** For the older "run now" mutations that answer a count: the run is in the history with its error. */
export const jobFailed = (label: string, runId: number) =>
  new AppError(JobErrorCode.JOB_FAILED, `任务“${label}”执行失败，原因已记入定时任务执行记录`, { runId: String(runId) });
