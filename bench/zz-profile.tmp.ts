import { PGlite } from '@electric-sql/pglite';
const stats = new Map<string, { n: number; ms: number }>();
function key(sql: string) { return sql.replace(/\s+/g, ' ').trim().slice(0, 90); }
function wrap(obj: any, name: string) {
  const orig = obj[name];
  obj[name] = async function (this: any, sql: string, ...rest: any[]) {
    const t = performance.now();
    try { return await orig.call(this, sql, ...rest); } finally {
      const k = key(String(sql)); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const proto: any = PGlite.prototype;
wrap(proto, 'query'); wrap(proto, 'exec');
const origTx = proto.transaction;
proto.transaction = async function (this: any, cb: any) {
  const t = performance.now();
  try { return await origTx.call(this, async (tx: any) => { wrap(tx, 'query'); wrap(tx, 'exec'); return cb(tx); }); }
  finally { const s = stats.get('<transaction>') ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set('<transaction>', s); }
};
process.on('exit', () => {
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 45);
  let n = 0, ms = 0; for (const [k, s] of stats) if (k !== '<transaction>') { n += s.n; ms += s.ms; }
  console.log(`queries ${n}, ${ms.toFixed(0)} ms total (awaited, overlapping)`);
  for (const [k, s] of rows) console.log(`${String(s.n).padStart(6)} ${s.ms.toFixed(0).padStart(7)} ms  ${k}`);
});
await import('./batch.bench.ts');
