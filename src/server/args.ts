/**
 * Arguments as google.script.run and the CLI deliver them: any JSON value, whatever the TypeScript signature says.
 * Each reader turns a value of the wrong type into a UserError naming the argument (a plain object such as
 * {"toString":"x"} would otherwise throw a raw TypeError from String()), before anything is read or written.
 */
import { UserError } from '../core/errors';
import { fieldName } from './inputs';

/** Arguments that are no case-form field (those are named by inputs.ts). */
const LABELS: Record<string, { en: string; zh: string }> = {
  ticketId: { en: 'Ticket ID', zh: '工单号' },
  articleId: { en: 'Article ID', zh: '文章编号' },
  approvalId: { en: 'Approval ID', zh: '审批编号' },
  callbackId: { en: 'Call-back ID', zh: '回访编号' },
  comment: { en: 'Comment', zh: '备注' },
  outcome: { en: 'Outcome', zh: '回访结果' },
  csv: { en: 'The CSV', zh: 'CSV 内容' },
  text: { en: 'The message', zh: '消息内容' },
  query: { en: 'The search', zh: '搜索词' },
  row: { en: 'The row', zh: '行号' },
  week: { en: 'The week', zh: '周' },
  ref: { en: 'The survey reference', zh: '问卷引用编号' },
  context: { en: 'The request', zh: '请求内容' },
};

function label(field: string): { en: string; zh: string } {
  return LABELS[field] ?? fieldName(field);
}

function kind(value: unknown): string {
  return Array.isArray(value) ? 'a list' : value === null ? 'nothing' : typeof value === 'object' ? 'an object' : typeof value === 'number' ? 'a number' : typeof value;
}

export function wrongType(field: string, expected: { en: string; zh: string }, value: unknown): UserError {
  const name = label(field);
  return new UserError('invalid_input', {
    en: `${name.en} has the wrong type: expected ${expected.en}, got ${kind(value)}.`,
    zh: `${name.zh}的类型不正确：应为${expected.zh}。`,
  }, field);
}

/** A text argument: null and undefined read as '', a string or a finite number as its text; anything else refused. */
export function textArg(value: unknown, field: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && isFinite(value)) return String(value);
  throw wrongType(field, { en: 'text', zh: '文本' }, value);
}

/** An options object: null and undefined read as {}, a plain object as itself; anything else refused. */
export function recordArg(value: unknown, field = 'context'): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw wrongType(field, { en: 'an object of named fields', zh: '带字段名的对象' }, value);
}

/** A sheet row number: a whole number ≥ 1 (as a number or its digits); anything else refused. */
export function rowArg(value: unknown, field = 'row'): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,7}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000) {
    const name = label(field);
    if (value === null || value === undefined) {
      throw new UserError('invalid_input', { en: `${name.en} is missing: give a sheet row number.`, zh: `缺少${name.zh}：请给出表格行号。` }, field);
    }
    const shown = typeof value === 'number' || typeof value === 'string' ? `"${String(value).slice(0, 20)}"` : kind(value);
    throw new UserError('invalid_input', { en: `${name.en} must be a sheet row number, got ${shown}.`, zh: `${name.zh}必须是表格行号，收到 ${shown}。` }, field);
  }
  return n;
}
