/**
 * Which department a complaint originates with: by its root cause when one is recorded and mapped, else by its
 * reason. The defaults follow the seeds (size and description complaints → the product page, crushed parcels →
 * packaging, wrong or missing items → the warehouse, late parcels → logistics, quality → purchasing, an agent's
 * misunderstanding → the service team; the defaults are in sheets-templates/settings.ts); Settings can change every line.
 */
import { REASONS, ROOT_CAUSES, enumKey, type ReasonKey, type RootCauseKey } from '../../../sheets-templates/enums';
import { UserError } from '../errors';

export interface Department {
  key: string;
  en: string;
  zh: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { key: 'product', en: 'Product & listing', zh: '产品/商品页' },
  { key: 'purchasing', en: 'Purchasing & suppliers', zh: '采购/供应商' },
  { key: 'packaging', en: 'Packaging', zh: '包装' },
  { key: 'warehouse', en: 'Warehouse', zh: '仓库' },
  { key: 'logistics', en: 'Logistics', zh: '物流' },
  { key: 'service', en: 'Customer service', zh: '客服' },
];

export interface DepartmentMap {
  rootCause: Partial<Record<RootCauseKey, string>>;
  reason: Partial<Record<ReasonKey, string>>;
  /** Owner e-mails per department key. */
  owners: Record<string, string[]>;
}

/** A department as shown: a known one's bilingual name, else the key as typed. */
export function departmentLabel(key: string): Department {
  return DEPARTMENTS.find((d) => d.key === key) ?? { key, en: key, zh: key };
}

function departmentKey(text: string): string {
  const t = text.trim();
  const known = DEPARTMENTS.find((d) => [d.key, d.en, d.zh].some((x) => x.toLowerCase() === t.toLowerCase()));
  return known ? known.key : t.toLowerCase().replace(/\s+/g, '_');
}

function bad(setting: string, part: string, en: string, zh: string): UserError {
  return new UserError('setting_invalid', { en: `Settings (${setting}): "${part}" ${en}`, zh: `设置（${setting}）：“${part}”${zh}` }, setting);
}

/** 'cause=department, cause=department' (labels in either language accepted; '=' or ':'). */
export function parseMapping<K extends string>(setting: string, text: string, list: readonly { key: K; en: string; zh: string }[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const part of text.split(/[,;，；\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[=:：]\s*(.+)$/.exec(part);
    if (!m) throw bad(setting, part, 'is not "cause=department".', '不是“原因=部门”格式。');
    const key = enumKey(list, m[1]);
    if (!key) throw bad(setting, part, `names no known value (${list.map((o) => o.key).join(', ')}).`, `不是已知的取值（${list.map((o) => o.zh).join('、')}）。`);
    out[key] = departmentKey(m[2]!);
  }
  return out;
}

/** 'department: a@x, b@y; department: c@z' — one department a line or a ';'. */
export function parseOwners(setting: string, text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of text.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[=:：]\s*(.+)$/.exec(part);
    if (!m) throw bad(setting, part, 'is not "department: e-mail, e-mail".', '不是“部门: 邮箱, 邮箱”格式。');
    const emails = m[2]!.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
    for (const e of emails) if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) throw bad(setting, e, 'is not an e-mail address.', '不是有效的邮箱地址。');
    out[departmentKey(m[1]!)] = emails;
  }
  return out;
}

export function departmentMap(texts: { rootCauses: string; reasons: string; owners: string }): DepartmentMap {
  return {
    rootCause: parseMapping('Review Root Cause Departments', texts.rootCauses, ROOT_CAUSES),
    reason: parseMapping('Review Reason Departments', texts.reasons, REASONS),
    owners: parseOwners('Department Owners', texts.owners),
  };
}

/** The department a ticket's problem originates with, or null (a refund request with no root cause says nothing). */
export function departmentOf(map: DepartmentMap, t: { reason: ReasonKey | null; rootCause: RootCauseKey | null }): string | null {
  if (t.rootCause && map.rootCause[t.rootCause]) return map.rootCause[t.rootCause]!;
  if (t.rootCause) return null; // a recorded cause the shop maps to nobody (customer misuse, other) overrides the reason
  return t.reason ? map.reason[t.reason] ?? null : null;
}
