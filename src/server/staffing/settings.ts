/** The Settings the staffing forecast reads, validated before anything is written (a bad value names its cell). */
import type { StaffingParams } from '../../core/staffing/plan';
import type { SettingsValues } from '../../workbook/settings';

export interface StaffingSettings {
  params: StaffingParams;
  weeks: number;
  promoMultiplier: number;
  promoDays: string[];
}

export function staffingSettings(s: SettingsValues): StaffingSettings {
  return {
    params: {
      targetServiceLevel: s.number('Staffing Target Service Level'),
      targetSeconds: s.number('Staffing Target Seconds'),
      ahtChatSeconds: s.number('Staffing AHT Chat Seconds'),
      ahtOtherSeconds: s.number('Staffing AHT Email Seconds'),
      maxOccupancy: s.number('Staffing Max Occupancy'),
      shrinkage: s.number('Staffing Shrinkage'),
    },
    weeks: s.number('Staffing Weeks'),
    promoMultiplier: s.number('Staffing Promo Multiplier'),
    promoDays: s.dates('Promo Days'),
  };
}
