// Writes a copy of the dataset with one field changed, for tests that need another dataset:
//   node scripts/edit-dataset.mjs <output.json> <dotted.field.path> <JSON value>
// e.g. node scripts/edit-dataset.mjs target/next.json job_market.go.postings 39000
import { readFileSync, writeFileSync } from "node:fs";

const [output, path, value] = process.argv.slice(2);
if (!output || !path || value === undefined) {
  console.error("usage: node scripts/edit-dataset.mjs <output.json> <field.path> <JSON value>");
  process.exit(2);
}
const data = JSON.parse(readFileSync(new URL("../public/data/rust-vs-go.json", import.meta.url), "utf8"));
const keys = path.split(".");
const parent = keys.slice(0, -1).reduce((node, key) => {
  if (node?.[key] === undefined) throw new Error(`no field ${path} in the dataset`);
  return node[key];
}, data);
parent[keys[keys.length - 1]] = JSON.parse(value);
writeFileSync(output, JSON.stringify(data, null, 2));
