import { describe, expect, it } from 'vitest';
import { chooseAssignee, chooseAssigneeWithReason, type Agent } from '../../src/core/assignment';

const agent = (email: string, languages: Agent['languages'], active = true, role: Agent['role'] = 'agent'): Agent => ({
  email, name: email.split('@')[0]!.replace(/^./, (c) => c.toUpperCase()), role, languages, active, limit: null,
});

// Sheet order matters: rotation follows it.
const team: Agent[] = [
  agent('ann@shop.test', ['en', 'zh-CN']),
  agent('bo@shop.test', ['ms', 'en']),
  agent('cy@shop.test', ['zh-CN'], false),
  agent('dee@shop.test', ['th'], true, 'lead'),
  agent('eve@shop.test', ['zh-CN']),
];
const none = new Map<string, number>();

describe('round robin', () => {
  it('rotates among active speakers of the language in sheet order, wrapping around', () => {
    const zh = { language: 'zh-CN' as const };
    expect(chooseAssignee(team, zh, none, 'round_robin', null)).toBe('ann@shop.test');
    expect(chooseAssignee(team, zh, none, 'round_robin', 'ann@shop.test')).toBe('eve@shop.test'); // cy is inactive
    expect(chooseAssignee(team, zh, none, 'round_robin', 'eve@shop.test')).toBe('ann@shop.test');
    expect(chooseAssignee(team, zh, none, 'round_robin', 'bo@shop.test')).toBe('eve@shop.test'); // after bo's row
    expect(chooseAssignee(team, zh, none, 'round_robin', 'EVE')).toBe('ann@shop.test'); // by name, any case
    expect(chooseAssignee(team, zh, none, 'round_robin', 'gone@shop.test')).toBe('ann@shop.test');
  });

  it('a ticket without a language goes to any active agent', () => {
    expect(chooseAssignee(team, { language: null }, none, 'round_robin', 'dee@shop.test')).toBe('eve@shop.test');
    expect(chooseAssignee(team, { language: null }, none, 'round_robin', 'bo@shop.test')).toBe('dee@shop.test');
  });

  it('falls back to any active agent when nobody speaks the language, and says so', () => {
    expect(chooseAssigneeWithReason(team, { language: 'vi' }, none, 'round_robin', 'ann@shop.test')).toEqual({ assignee: 'bo@shop.test', reason: 'fallback_any_language' });
    expect(chooseAssigneeWithReason(team, { language: 'th' }, none, 'round_robin', null)).toEqual({ assignee: 'dee@shop.test', reason: 'language' });
  });
});

describe('least open', () => {
  it('picks the smallest open load among speakers', () => {
    const load = new Map([['ann@shop.test', 3], ['eve@shop.test', 1], ['bo@shop.test', 0]]);
    expect(chooseAssignee(team, { language: 'zh-CN' }, load, 'least_open', null)).toBe('eve@shop.test');
    expect(chooseAssignee(team, { language: 'en' }, load, 'least_open', null)).toBe('bo@shop.test');
  });

  it('counts an Assignee cell holding the name, and breaks ties in rotation order after the last assignee', () => {
    const load = new Map([['Ann', 1], ['ann@shop.test', 1], ['EVE@shop.test', 2]]);
    expect(chooseAssignee(team, { language: 'zh-CN' }, load, 'least_open', 'ann@shop.test')).toBe('eve@shop.test');
    expect(chooseAssignee(team, { language: 'zh-CN' }, load, 'least_open', 'eve@shop.test')).toBe('ann@shop.test');
    const unequal = new Map([['Ann', 2], ['eve@shop.test', 3]]);
    expect(chooseAssignee(team, { language: 'zh-CN' }, unequal, 'least_open', 'ann@shop.test')).toBe('ann@shop.test');
  });
});

describe('nobody to assign', () => {
  it('returns null when no agent is active', () => {
    const off = team.map((a) => ({ ...a, active: false }));
    expect(chooseAssigneeWithReason(off, { language: 'en' }, none, 'least_open', null)).toEqual({ assignee: null, reason: 'no_active_agent' });
    expect(chooseAssignee([], { language: null }, none, 'round_robin', null)).toBeNull();
  });
});
