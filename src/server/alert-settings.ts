/**
 * The Settings the alert check reads, with their defaults. A workbook whose Settings tab predates these keys gets
 * the defaults; a value typed wrong is still reported as the user's to fix.
 */
import { REASONS, type ReasonKey } from '../../sheets-templates/enums';
import { alertConfig, DEFAULT_ALERT_CONFIG, type AlertConfig } from '../core/alerts/config';
import type { DigestLanguage } from '../core/alerts/digest';
import { parseQuietHours, type QuietHours } from '../core/alerts/quiet';
import { settingOr as optional, type SettingsValues } from '../workbook/settings';

/** The Settings rows the alert check reads (for sheets-templates/settings.ts); absent rows mean these defaults. */


export interface AlertSettings {
  config: AlertConfig;
  quiet: QuietHours | null;
  language: DigestLanguage;
  recipients: string[];
  promoDays: string[];
}

export function alertSettings(s: SettingsValues): AlertSettings {
  const d = DEFAULT_ALERT_CONFIG;
  const num = (key: string, fallback: number) => optional(() => s.number(key), fallback);
  const reasons = optional(() => s.list('Alert Defect Reasons'), d.defects.reasons as string[])
    .map((r) => REASONS.find((x) => [x.key, x.en.toLowerCase(), x.zh].includes(r.trim().toLowerCase()) || x.zh === r.trim())?.key)
    .filter((r): r is ReasonKey => !!r);
  const lang = optional(() => s.text('Alert Language'), 'both').trim();
  return {
    config: alertConfig({
      volume: { maxP: num('Alert Volume Max P', d.volume.maxP), minRatio: num('Alert Volume Min Ratio', d.volume.minRatio) },
      defects: {
        reasons: reasons.length ? reasons : d.defects.reasons,
        minCount: num('Alert Defect Min Count', d.defects.minCount),
        minRatio: num('Alert Defect Min Ratio', d.defects.minRatio),
      },
      cooldownHours: num('Alert Cooldown Hours', d.cooldownHours),
    }),
    quiet: parseQuietHours(optional(() => s.text('Alert Quiet Hours'), '')),
    language: lang === 'en' || lang === 'zh-CN' ? lang : 'both',
    recipients: optional(() => s.list('Alert Recipients'), []),
    promoDays: optional(() => s.dates('Promo Days'), []),
  };
}
