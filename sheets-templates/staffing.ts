/** The staffing tabs: Forecast (the shop types expected orders per day) and Staffing (written by the forecast). */
import type { TabDef } from './schema';

export const FORECAST = {
  name: 'Forecast',
  zh: '销量预测',
  about: 'Expected orders per day, typed by the shop (sale days especially). Days left empty use the recent order level.',
  color: '#188038',
  columns: [
    { field: 'date', en: 'Date', zh: '日期', type: 'date', width: 110 },
    { field: 'expectedOrders', en: 'Expected Orders', zh: '预计订单数', type: 'number', width: 120 },
    { field: 'note', en: 'Note', zh: '备注', type: 'text', width: 260, note: 'e.g. 11.11 flash sale, live stream' },
  ],
} as const satisfies TabDef;

export const STAFFING = {
  name: 'Staffing',
  zh: '排班预测',
  about: 'Written by "Refresh staffing forecast", weekly and before each Promo Day. Do not edit: it is rewritten. Red rows are short of people.',
  color: '#188038',
  columns: [
    { field: 'date', en: 'Date', zh: '日期', type: 'date', width: 120 },
    { field: 'hour', en: 'Hour', zh: '时段', type: 'text', width: 180, note: 'HH:00, or "Day · 全天" for the day’s totals' },
    { field: 'sale', en: 'Sale Day', zh: '大促', type: 'text', width: 170 },
    { field: 'tickets', en: 'Tickets', zh: '预计工单', type: 'number', width: 90 },
    { field: 'upper', en: 'Tickets Upper', zh: '工单上限', type: 'number', width: 120 },
    { field: 'chats', en: 'Live Chats', zh: '实时咨询', type: 'number', width: 100 },
    { field: 'workloadHours', en: 'Backlog Hours', zh: '积压工时', type: 'number', width: 120 },
    { field: 'agentsRequired', en: 'Agents Required', zh: '所需客服', type: 'integer', width: 130 },
    { field: 'agentsToSchedule', en: 'Agents To Schedule', zh: '应排班人数', type: 'integer', width: 150 },
    { field: 'agentsAvailable', en: 'Agents Available', zh: '现有客服', type: 'integer', width: 130 },
    { field: 'serviceLevel', en: 'Expected Service Level', zh: '预计服务水平', type: 'number', width: 170, note: 'live chats answered within the target with the people you have, the backlog waiting' },
    { field: 'short', en: 'Short', zh: '人手不足', type: 'text', width: 190, note: 'fewer people than to schedule: the chat target and the backlog do not both fit under the occupancy cap' },
  ],
} as const satisfies TabDef;
