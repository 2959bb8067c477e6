// Module hooks: a module under a component's src/ is served as a wrapper that re-exports it with every contract
// function replaced by a checked one (contract-types-check.mjs).
import { realpathSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readFile } from "node:fs/promises";
let components = [];
const ORIGINAL = "original";
const check = new URL("./contract-types-check.mjs", import.meta.url).href;
export function initialize(spec) {
  components = spec.components.map(c => ({ ...c, root: realpathSync(c.src) + "/" }));
}
const real = p => { try { return realpathSync(p); } catch { return p; } };
export async function load(url, context, next) {
  if (!url.startsWith("file:")) return next(url, context);
  const parsed = new URL(url);
  if (parsed.searchParams.has(ORIGINAL)) return next(url, context);
  const file = real(fileURLToPath(parsed));
  const component = components.find(c => file.startsWith(c.root));
  if (!component) return next(url, context);
  const loaded = await next(url, context);
  if (loaded.format !== "module") return loaded;
  const source = String(loaded.source ?? await readFile(file, "utf8"));
  const original = new URL(url); original.searchParams.set(ORIGINAL, "1");
  const target = JSON.stringify(original.href);
  const names = component.functions.filter(f => new RegExp(`\\b${f.js_name}\\b`).test(source));
  const lines = [
    `import * as __original from ${target};`,
    `import { wrap as __wrap, exportsUnwrapped as __unwrapped } from ${JSON.stringify(check)};`,
    `export * from ${target};`,
    ...names.map(f => `export const ${f.js_name} = __wrap(__original.${f.js_name}, ${JSON.stringify(component.id)}, ${JSON.stringify(f.js_name)});`),
    `__unwrapped(__original, ${JSON.stringify(component.id)}, ${JSON.stringify(names.map(f => f.js_name))}, ${JSON.stringify(file)});`,
  ];
  if (/\bexport\s+default\b|\bas\s+default\b/.test(source)) lines.push("export default __original.default;");
  return { format: "module", source: lines.join("\n") + "\n", shortCircuit: true };
}
