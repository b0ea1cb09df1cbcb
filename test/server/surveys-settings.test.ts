/** The survey's Settings: defaults for keys an older Settings tab lacks, the shop's own values otherwise. */
import { describe, expect, it } from 'vitest';
import { surveySettings } from '../../src/server/survey-settings';
import { parseSettings } from '../../src/workbook/settings';

const opts = { year: 2026, spreadsheetTimeZone: 'Asia/Kuala_Lumpur' };

describe('survey settings', () => {
  it('gives en, zh-CN, ms, threshold 2 and 9 business hours when the tab has no rows for them', () => {
    const s = surveySettings(parseSettings([['Key', 'Value'], ['Shop Name', 'Kedai Ali']], opts));
    expect(s).toEqual({ languages: ['en', 'zh-CN', 'ms'], lowScoreThreshold: 2, callbackDueBusinessHours: 9, shopName: 'Kedai Ali', alertRecipients: [] });
  });

  it('reads the alert recipients who hear of call-backs when the team has no lead', () => {
    const s = surveySettings(parseSettings([['Key', 'Value'], ['Alert Recipients', 'a@shop.test, b@shop.test']], opts));
    expect(s.alertRecipients).toEqual(['a@shop.test', 'b@shop.test']);
    expect(s.shopName).toBe('My Shop');
  });
});
