// Validates an AsyncAPI document (and the JSON Schema files it references) with the official parser.
// Usage: node tests/asyncapi/validate.mjs contracts/asyncapi.yaml
// Exit 0 and "valid: <file>" when the parser reports no error; exit 1 listing every error otherwise.
// Warnings (style hints of the built-in ruleset) are printed but do not fail: the contract is what matters.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <asyncapi file>');
  process.exit(2);
}

const parser = new Parser();
let diagnostics;
let document;
try {
  await readFile(file); // fail with a plain message when the file is missing
  // fromFile resolves relative $refs (./schemas/*.json) against the document's own location.
  ({ document, diagnostics } = await fromFile(parser, resolve(file)).parse({ source: pathToFileURL(resolve(file)).href }));
} catch (err) {
  console.error(`error: ${err.message}`);
  process.exit(1);
}

const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) {
  const kind = d.severity === 0 ? 'error' : 'warning';
  console.log(`${kind}: ${d.code}: ${d.message} at ${(d.path ?? []).join('/')}`);
}
if (errors.length > 0 || !document) {
  console.error(`invalid: ${file} (${errors.length} errors)`);
  process.exit(1);
}
console.log(`valid: ${file} (AsyncAPI ${document.version()}, ${document.channels().length} channels, ${document.messages().length} messages)`);
