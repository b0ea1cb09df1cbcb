/** PropertiesService and CacheService with Apps Script's size limits; cache expiry follows the simulated clock. */
import type { Emu } from './emu';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export type PropertyStores = Record<'script' | 'document' | 'user', Record<string, string>>;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function makePropertiesService(emu: Emu, stores: PropertyStores) {
  const store = (name: keyof PropertyStores) => {
    const check = (next: Record<string, string>) => {
      for (const [k, v] of Object.entries(next)) {
        if (bytes(v) > VALUE_LIMIT) throw new Error(`Exception: Argument too large: value (${k})`);
      }
      const total = Object.entries(next).reduce((s, [k, v]) => s + bytes(k) + bytes(v), 0);
      if (total > STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    };
    const api = {
      getProperty: (k: string) => (Object.prototype.hasOwnProperty.call(stores[name], k) ? stores[name][k]! : null),
      getProperties: () => ({ ...stores[name] }),
      getKeys: () => Object.keys(stores[name]),
      setProperty: (k: string, v: string) => {
        const next = { ...stores[name], [k]: String(v) };
        check(next);
        stores[name] = next;
        return proxy;
      },
      setProperties: (props: Record<string, string>, deleteAllOthers?: boolean) => {
        const next = { ...(deleteAllOthers ? {} : stores[name]), ...Object.fromEntries(Object.entries(props).map(([k, v]) => [k, String(v)])) };
        check(next);
        stores[name] = next;
        return proxy;
      },
      deleteProperty: (k: string) => {
        const next = { ...stores[name] };
        delete next[k];
        stores[name] = next;
        return proxy;
      },
      deleteAllProperties: () => {
        stores[name] = {};
        return proxy;
      },
    };
    const proxy = emu.wrap(api, 'Properties');
    return proxy;
  };
  return emu.wrap({
    getScriptProperties: () => store('script'),
    getDocumentProperties: () => store('document'),
    getUserProperties: () => store('user'),
  }, 'PropertiesService');
}

export function makeCacheService(emu: Emu) {
  const caches = new Map<string, Map<string, { value: string; expires: number }>>();
  const cache = (name: string) => {
    if (!caches.has(name)) caches.set(name, new Map());
    const m = caches.get(name)!;
    const live = (k: string) => {
      const e = m.get(k);
      if (!e) return null;
      if (e.expires <= emu.now) {
        m.delete(k);
        return null;
      }
      return e.value;
    };
    const put = (k: string, v: string, ttl = 600) => {
      if (bytes(String(v)) > 100 * 1024) throw new Error('Exception: Argument too large: value');
      if (k.length > 250) throw new Error('Exception: Argument too large: key');
      m.set(k, { value: String(v), expires: emu.now + Math.min(Math.max(ttl, 1), 21600) * 1000 });
      if (m.size > 1000) {
        const drop = [...m.keys()].slice(0, m.size - 900);
        for (const d of drop) m.delete(d);
      }
    };
    return emu.wrap({
      get: (k: string) => live(k),
      getAll: (keys: string[]) => Object.fromEntries(keys.map((k) => [k, live(k)]).filter(([, v]) => v !== null)),
      put,
      putAll: (values: Record<string, string>, ttl?: number) => Object.entries(values).forEach(([k, v]) => put(k, v, ttl)),
      remove: (k: string) => void m.delete(k),
      removeAll: (keys: string[]) => keys.forEach((k) => m.delete(k)),
    }, 'Cache');
  };
  return emu.wrap({
    getScriptCache: () => cache('script'),
    getDocumentCache: () => cache('document'),
    getUserCache: () => cache('user'),
  }, 'CacheService');
}
