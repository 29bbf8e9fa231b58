// Throwaway: pixel diff of two screenshot folders. Usage: node scripts/css-split-diff.mjs dirA dirB
import { readFileSync, readdirSync } from 'node:fs';
import { decode } from 'fast-png';
const [a, b] = process.argv.slice(2);
let bad = 0;
for (const f of readdirSync(a).filter((n) => n.endsWith('.png')).sort()) {
  const x = decode(readFileSync(`${a}/${f}`));
  const y = decode(readFileSync(`${b}/${f}`));
  if (x.width !== y.width || x.height !== y.height) { console.log(`${f}: size ${x.width}x${x.height} vs ${y.width}x${y.height}`); bad++; continue; }
  let diff = 0, minY = Infinity, maxY = -1;
  for (let i = 0; i < x.data.length; i++) if (x.data[i] !== y.data[i]) { diff++; const row = Math.floor(i / x.channels / x.width); minY = Math.min(minY, row); maxY = Math.max(maxY, row); }
  console.log(`${f}: ${diff === 0 ? 'identical' : `${diff} channel values differ, rows ${minY}-${maxY}`}`);
  if (diff) bad++;
}
console.log(bad ? `${bad} differ` : 'all identical');
process.exitCode = bad ? 1 : 0;
