// Builds ../../Data/traditional-simplified.tsv: one "traditional<TAB>simplified" pair per line, a
// CHARACTER table (one UTF-16 unit to one), so that converting text keeps every offset valid.
// Source: OpenCC's TSCharacters (traditional -> simplified) plus the Taiwan and Hong Kong variant
// tables (a regional variant -> OpenCC's standard traditional form -> simplified), from opencc-js.
// Left out on purpose:
//   - characters outside the Basic Multilingual Plane (surrogate pairs would change lengths);
//   - characters that simplified Chinese also writes as they are: keys of STCharacters, and
//     characters that TSPhrases keeps unchanged inside some phrase (乾 in 乾县, 於 as a surname),
//     because the table is applied to all text, most of it already simplified.
// Run: npm ci && node generate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const load = async name => (await import(`opencc-js/dict/${name}`)).default
  .split('|').filter(Boolean).map(entry => entry.split(' '));

const ts = new Map((await load('TSCharacters')).map(([t, s]) => [t, s]));
const simplifiedKeys = new Set((await load('STCharacters')).map(([s]) => s));
const keptInPhrases = new Set();
for (const [t, s] of await load('TSPhrases')) {
  if ([...t].length !== [...s].length) continue;
  [...t].forEach((c, i) => { if (ts.has(c) && [...s][i] === c) keptInPhrases.add(c); });
}

const single = c => c.length === 1; // one UTF-16 unit: BMP only
const table = new Map();
for (const [t, s] of ts) {
  if (single(t) && single(s) && t !== s && !simplifiedKeys.has(t) && !keptInPhrases.has(t)) table.set(t, s);
}
for (const name of ['TWVariantsRev', 'HKVariantsRev']) {
  for (const [variant, standard] of await load(name)) {
    const s = ts.get(standard);
    if (!s || table.has(variant) || !single(variant) || !single(s) || variant === s) continue;
    if (simplifiedKeys.has(variant) || keptInPhrases.has(variant)) continue;
    table.set(variant, s);
  }
}

const rows = [...table].sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0)).map(([t, s]) => `${t}\t${s}`);
const out = path.join(here, '..', '..', 'Data', 'traditional-simplified.tsv');
fs.writeFileSync(out, rows.join('\n') + '\n');
console.log(`${rows.length} pairs -> ${out}`);
