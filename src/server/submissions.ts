/**
 * Saving a case twice from one filled-in form makes one ticket: the sidebar sends a submission ID it made when
 * the form was filled and resends it when the person clicks Save again after an error (a timeout can come after
 * the row landed). The server remembers the last submissions in a document property, written together with the
 * ticket sequence BEFORE the ticket row, so a retry finds the ticket its first attempt wrote.
 */
import { UserError } from '../core/errors';

export const SUBMISSIONS_KEY = 'AFTERDESK_SUBMISSIONS';
/** Submissions remembered (a retry comes within minutes; 50 × ~80 bytes stays far below a property's 9 KB). */
const KEEP = 50;
const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The submission ID as sent ('' when none); a malformed one is a user error naming the field. */
export function readSubmissionId(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const s = String(value).trim();
  if (!ID.test(s)) {
    throw new UserError('submission_invalid', {
      en: 'The form\'s submission ID must be 8–64 letters, digits, "-" or "_". Reload the sidebar and save again.',
      zh: '表单提交编号须为 8–64 个字母、数字、“-”或“_”。请重新加载侧边栏后再保存。',
    }, 'submissionId');
  }
  return s;
}

function parse(raw: string | undefined): [string, string][] {
  try {
    const v = JSON.parse(raw ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') : [];
  } catch {
    return [];
  }
}

/** The ticket an earlier attempt of this submission allocated, if any. */
export function submittedTicket(stored: Record<string, string>, submissionId: string): string | null {
  if (!submissionId) return null;
  return parse(stored[SUBMISSIONS_KEY]).find(([s]) => s === submissionId)?.[1] ?? null;
}

/** The property's new value with this submission → ticket remembered (the oldest forgotten past KEEP). */
export function rememberSubmission(stored: Record<string, string>, submissionId: string, ticketId: string): string {
  const list = parse(stored[SUBMISSIONS_KEY]).filter(([s]) => s !== submissionId);
  list.push([submissionId, ticketId]);
  return JSON.stringify(list.slice(-KEEP));
}
