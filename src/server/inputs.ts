/**
 * Validation of what the sidebar and the CLI send: zod checks the shape, then each field is read into its domain
 * key with a specific bilingual message naming the field. Nothing is written before this passes.
 */
import * as z from 'zod/mini';
import {
  CHANNELS, LANGUAGES, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES, enumKey, type EnumOption,
} from '../../sheets-templates/enums';
import { UserError } from '../core/errors';

const MAX_TEXT = 45_000; // a cell holds 50,000 characters

const text = (max = 500) => z.optional(z.string().check(z.maxLength(max)));

export const CaseInputSchema = z.object({
  channel: z.string().check(z.maxLength(100)),
  orderId: text(100),
  customerId: text(200),
  customerName: text(200),
  email: text(254),
  language: text(20),
  sku: text(100),
  reason: z.string().check(z.maxLength(100)),
  priority: text(20),
  description: text(MAX_TEXT),
  evidenceLinks: text(5_000),
  /** Made by the sidebar when the form is filled; a retry of the same form resends it (submissions.ts). */
  submissionId: text(100),
});

export const UpdateInputSchema = z.object({
  status: text(40),
  reply: text(MAX_TEXT),
  customerReplied: z.optional(z.boolean()),
  resolution: text(60),
  compensation: z.optional(z.union([z.number(), z.string().check(z.maxLength(40))])),
  rootCause: text(60),
  priority: text(20),
  note: text(MAX_TEXT),
  sopDone: text(200),
  expectedUpdatedAt: text(40),
});

const FIELD_NAMES: Record<string, { en: string; zh: string }> = {
  channel: { en: 'Channel', zh: '渠道' },
  orderId: { en: 'Order ID', zh: '订单号' },
  customerId: { en: 'Customer ID', zh: '客户ID' },
  customerName: { en: 'Customer name', zh: '客户名称' },
  email: { en: 'E-mail', zh: '邮箱' },
  language: { en: 'Language', zh: '语言' },
  sku: { en: 'SKU', zh: 'SKU' },
  reason: { en: 'Reason', zh: '原因' },
  priority: { en: 'Priority', zh: '优先级' },
  description: { en: 'Description', zh: '问题描述' },
  evidenceLinks: { en: 'Evidence links', zh: '凭证链接' },
  status: { en: 'Status', zh: '状态' },
  reply: { en: 'Reply', zh: '回复' },
  resolution: { en: 'Resolution', zh: '处理方案' },
  compensation: { en: 'Compensation', zh: '补偿金额' },
  rootCause: { en: 'Root cause', zh: '根因' },
  note: { en: 'Note', zh: '备注' },
};

export function fieldName(field: string): { en: string; zh: string } {
  return FIELD_NAMES[field] ?? { en: field, zh: field };
}

/** Parses with a zod schema; the first problem becomes a UserError naming the field. */
export function parseShape<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const name = fieldName(field);
  if (issue.code === 'too_big') {
    const max = (issue as { maximum?: number }).maximum;
    throw new UserError('too_long', { en: `${name.en} is too long (at most ${max} characters).`, zh: `${name.zh}过长（最多 ${max} 个字符）。` }, field);
  }
  if (!field) throw new UserError('invalid_input', { en: 'The request is not a case form.', zh: '请求内容不是工单表单。' });
  throw new UserError('invalid_input', { en: `${name.en} has the wrong type.`, zh: `${name.zh}的类型不正确。` }, field);
}

/** Reads an enumeration field (key, English or Chinese label); unknown values name the field and list the options. */
export function readEnum<K extends string>(list: readonly EnumOption<K>[], value: string | undefined, field: string, required: boolean): K | null {
  // Callers outside a zod schema pass what the sidebar or CLI sent: a number or an object is the wrong type, not a crash.
  if (value !== undefined && value !== null && typeof value !== 'string') {
    const name = fieldName(field);
    throw new UserError('invalid_input', { en: `${name.en} has the wrong type.`, zh: `${name.zh}的类型不正确。` }, field);
  }
  const v = (value ?? '').trim();
  if (!v) {
    if (!required) return null;
    const name = fieldName(field);
    throw new UserError('required', { en: `${name.en} is required.`, zh: `请填写${name.zh}。` }, field);
  }
  const key = enumKey(list, v);
  if (key === null) {
    const name = fieldName(field);
    throw new UserError(
      `unknown_${field}`,
      {
        en: `Unknown ${name.en.toLowerCase()} "${v.slice(0, 40)}". Choose one of: ${list.map((o) => o.en).join(', ')}.`,
        zh: `未知的${name.zh}“${v.slice(0, 40)}”。可选：${list.map((o) => o.zh).join('、')}。`,
      },
      field,
    );
  }
  return key;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function readEmail(value: string | undefined, field = 'email'): string {
  const v = (value ?? '').trim();
  if (v && !EMAIL.test(v)) {
    throw new UserError('invalid_email', { en: `"${v.slice(0, 60)}" is not a valid e-mail address.`, zh: `“${v.slice(0, 60)}”不是有效的邮箱地址。` }, field);
  }
  return v;
}

/** Text fields keep the customer's words verbatim but never control characters. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

export const ENUMS = { CHANNELS, LANGUAGES, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES };

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant the sidebar sends back (an ISO string it was given): a value that is not one, or names a day that does
 * not exist (2026-02-30, which Date.parse rolls into March), is refused by name rather than compared as NaN.
 */
export function readInstant(value: string | undefined, field: string): number | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const m = ISO_INSTANT.exec(v);
  const ms = m ? Date.parse(v) : NaN;
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !isFinite(ms) || day!.getUTCMonth() !== Number(m[2]) - 1 || day!.getUTCDate() !== Number(m[3])) {
    throw new UserError('invalid_input', {
      en: `"${v.slice(0, 40)}" is not a time the desk sent (ISO, e.g. 2026-11-16T02:00:00.000Z): reload the ticket and save again.`,
      zh: `“${v.slice(0, 40)}”不是系统给出的时间（ISO 格式，如 2026-11-16T02:00:00.000Z）：请重新加载工单后再保存。`,
    }, field);
  }
  return ms;
}
