/**
 * `afterdesk serve`: the sidebar in a real browser against the emulator. The page frames dist/Sidebar.html like
 * the Sheets sidebar (300 px) and injects a google.script.run shim that posts {fn, args} to /rpc; only `api*`
 * functions may be called. The workbook is saved after every call.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { OpenWorkbook } from './cli/workbook';
import { DIST, openWorkbook, saveOpenWorkbook } from './cli/workbook';

const SHIM = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json().then(function (b) { return { status: r.status, body: b }; }); })
            .then(function (r) { setTimeout(function () { if (r.status === 200) { ok && ok(r.body.result); } else { fail && fail(new Error(r.body.error)); } }, 0); })
            .catch(function (e) { fail && fail(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

function page(): string {
  const sidebar = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  return sidebar.replace('<head>', `<head>${SHIM}`);
}

function frame(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>AfterDesk — local sidebar</title>
<style>body{margin:0;background:#f1f3f4;font-family:Arial,sans-serif}.sheet{position:fixed;inset:0 300px 0 0;display:flex;align-items:center;justify-content:center;color:#80868b}
iframe{position:fixed;top:0;right:0;width:300px;height:100%;border:0;border-left:1px solid #dadce0;background:#fff}</style></head>
<body><div class="sheet">Google Sheets (local) — AfterDesk sidebar →</div><iframe id="sidebar" src="/sidebar" title="AfterDesk"></iframe></body></html>`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      data += c;
      if (data.length > 25 * 1024 * 1024) reject(new Error('request too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, content: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(content);
}

export async function startServer(opts: { workbook: string; port?: number; as?: string; now?: number }): Promise<{ url: string; wb: OpenWorkbook; close(): Promise<void> }> {
  const wb = await openWorkbook(opts.workbook, { create: true, ...(opts.as ? { as: opts.as } : {}), ...(opts.now ? { now: opts.now } : {}) });
  const allowed = new Set(wb.bundle.functions().filter((f) => f.startsWith('api')));
  let queue = Promise.resolve();
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'GET' && (url === '/' || url === '/index.html')) return send(res, 200, 'text/html; charset=utf-8', frame());
    if (req.method === 'GET' && url.startsWith('/sidebar')) return send(res, 200, 'text/html; charset=utf-8', page());
    if (req.method === 'POST' && url === '/rpc') {
      queue = queue.then(async () => {
        try {
          const { fn, args } = JSON.parse(await body(req)) as { fn: string; args: unknown[] };
          if (!allowed.has(fn)) return send(res, 403, 'application/json', JSON.stringify({ error: `${fn} cannot be called from the sidebar` }));
          if (!opts.now) wb.env.clock.set(Date.now());
          const result = wb.bundle.call(fn, ...(Array.isArray(args) ? args : []));
          await saveOpenWorkbook(wb);
          send(res, 200, 'application/json', JSON.stringify({ result }));
        } catch (e) {
          send(res, 500, 'application/json', JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
        }
      });
      return;
    }
    send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return { url: `http://127.0.0.1:${port}/`, wb, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
