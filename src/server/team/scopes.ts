/**
 * Granular consent: a person may untick single permissions. Entry points check the ones they need first and
 * say which to grant, in both languages; a permission error raised anyway is translated the same way.
 */
import { UserError } from '../../core/errors';

export const SCOPE = {
  forms: { url: 'https://www.googleapis.com/auth/forms', en: 'See, edit, create and delete your Google Forms forms', zh: '查看、修改、创建和删除您的 Google 表单' },
  triggers: { url: 'https://www.googleapis.com/auth/script.scriptapp', en: 'Allow this application to run when you are not present', zh: '允许此应用在您不在场时运行' },
  mail: { url: 'https://www.googleapis.com/auth/script.send_mail', en: 'Send email as you', zh: '以您的身份发送电子邮件' },
} as const;

export type ScopeName = keyof typeof SCOPE;

/** ScriptApp's granular-consent overload, newer than @types/google-apps-script. */
interface ScopedAuthorization {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): { getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus; getAuthorizedScopes?(): string[] | null };
}

export function missingScopes(names: ScopeName[]): ScopeName[] {
  try {
    const info = (ScriptApp as unknown as ScopedAuthorization).getAuthorizationInfo(ScriptApp.AuthMode.FULL, names.map((n) => SCOPE[n].url));
    if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return [];
    const granted = new Set(info.getAuthorizedScopes?.() ?? []);
    return names.filter((n) => !granted.has(SCOPE[n].url));
  } catch {
    return []; // an older runtime without the scopes overload: the call itself will say what is missing
  }
}

export function permissionError(names: ScopeName[], what: { en: string; zh: string }): UserError {
  const en = names.map((n) => `"${SCOPE[n].en}"`).join(' and ');
  const zh = names.map((n) => `“${SCOPE[n].zh}”`).join('和');
  return new UserError('permission_missing', {
    en: `${what.en} needs the permission ${en}, which was not granted. Run the menu item again and tick it on Google's consent screen (or ask the shop owner to do this step).`,
    zh: `${what.zh}需要权限${zh}，但您没有授予。请再次运行该菜单项，并在 Google 授权页面勾选此权限（或请店主完成这一步）。`,
  }, names[0]);
}

/** Throws a bilingual UserError naming the permissions to grant when any is missing. */
export function requireScopes(names: ScopeName[], what: { en: string; zh: string }): void {
  const missing = missingScopes(names);
  if (missing.length) throw permissionError(missing, what);
}

/** Apps Script's "You do not have permission to call X. Required permissions: URL" → a UserError, else null. */
export function translatePermissionError(e: unknown): UserError | null {
  const m = /You do not have permission to call ([\w.]+)\.?\s*Required permissions?: (\S+)/.exec(String(e instanceof Error ? e.message : e));
  if (!m) return null;
  const name = (Object.keys(SCOPE) as ScopeName[]).find((n) => m[2]!.startsWith(SCOPE[n].url));
  if (name) return permissionError([name], { en: `This action (${m[1]})`, zh: `此操作（${m[1]}）` });
  return new UserError('permission_missing', {
    en: `This action (${m[1]}) needs a permission you did not grant (${m[2]}). Run it again and allow it on Google's consent screen.`,
    zh: `此操作（${m[1]}）需要您未授予的权限（${m[2]}）。请重新运行并在 Google 授权页面允许。`,
  });
}
