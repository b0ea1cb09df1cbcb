/** Every write runs under the document lock: wait a while, then tell the user the desk is busy. */
import { UserError } from '../core/errors';

const WAIT_MS = 20_000;

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new UserError('busy', {
      en: 'Another person or trigger is saving to the workbook right now. Please try again in a few seconds.',
      zh: '其他人或定时任务正在保存工作簿，请几秒后重试。',
    });
  }
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
