/** Settings "Team Mail Shows Customer Contacts" read into the contact policy every team e-mail is composed with. */
import { MASKED, type ContactPolicy } from '../../core/privacy/contacts';
import { settingOr, type SettingsValues } from '../../workbook/settings';

export const TEAM_CONTACTS_KEY = 'Team Mail Shows Customer Contacts';

const YES = /^(yes|y|true|show|是|显示|顯示)$/i;

/**
 * Shown only when the shop typed Yes (是). Fails closed: an empty cell, a workbook whose Settings predate the key, or
 * a value that is neither yes nor no masks — a typo must never put customers' phone numbers in a forwarded e-mail,
 * and must not stop an agent's save that queues an approval request either.
 */
export function teamContactPolicy(settings: SettingsValues): ContactPolicy {
  const text = settingOr(() => settings.text(TEAM_CONTACTS_KEY), 'No').trim();
  return YES.test(text) ? { show: true } : MASKED;
}
