// The checks of contract-typed values in JavaScript: a value a contract function returns must have the contract's
// declared type, or the call throws judge.type_violation (and the judge reads it from the log as well).
import { readFileSync, openSync, writeSync } from "node:fs";
import { types as utilTypes } from "node:util";
const spec = JSON.parse(readFileSync(new URL("./contract_types.json", import.meta.url), "utf8"));
const log = openSync(spec.log, "a");
const TYPES = new Map(spec.components.flatMap(c => c.types.map(t => [t.name, t])));
const FUNCTIONS = new Map(spec.components.map(c => [c.id, new Map(c.functions.map(f => [f.js_name, f]))]));
const { getPrototypeOf, getOwnPropertyDescriptors, prototype: ObjectPrototype, hasOwn, keys } = Object;
const { isArray } = Array;
const { isProxy } = utilTypes;
const isInteger = Number.isInteger;
const stringify = JSON.stringify;
const ArrayPrototype = Array.prototype;
class ContractTypeViolation extends Error {}
ContractTypeViolation.prototype.name = "ContractTypeViolation";

function split(text, sep) {
  const parts = []; let depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    depth += "[(".includes(ch) ? 1 : "])".includes(ch) ? -1 : 0;
    if (ch === sep && depth === 0) { parts.push(text.slice(start, i).trim()); start = i + 1; }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
function parse(expr) {
  expr = expr.trim();
  const alts = split(expr, "|");
  if (alts.length > 1) return ["Union", alts.map(parse)];
  const open = expr.indexOf("[");
  if (open > 0 && expr.endsWith("]")) return [expr.slice(0, open).trim(), split(expr.slice(open + 1, -1), ",").filter(a => a).map(parse)];
  return [expr, []];
}
const describe = v => v === null ? "null" : isArray(v) ? "array" : typeof v === "object" ? (isProxy(v) ? "a Proxy" : `object ${v.constructor?.name ?? "(no prototype)"}`) : typeof v;
const SKIP = new Set(["any", "Any", "object", "Callable", "AsyncCallable", "Iterator", "Iterable", "Generator", "AsyncIterator", "Awaitable", "Coroutine", "Path", "datetime"]);
// An object whose comparison can be steered: a Proxy, a getter, or a conversion to a primitive of its own.
function steerable(v) {
  if (isProxy(v)) return "it is a Proxy";
  const own = getOwnPropertyDescriptors(v);
  for (const k of Reflect.ownKeys(own)) if (own[k].get || own[k].set) return `it has an accessor '${String(k)}'`;
  for (let p = getPrototypeOf(v); p && p !== ObjectPrototype && p !== ArrayPrototype; p = getPrototypeOf(p)) {
    if (isProxy(p)) return "its prototype is a Proxy";
    for (const k of ["valueOf", "toString", Symbol.toPrimitive, "toJSON"]) if (hasOwn(p, k)) return `its class defines ${String(k)}`;
  }
  for (const k of ["valueOf", "toString", Symbol.toPrimitive, "toJSON"]) if (hasOwn(v, k)) return `it has its own ${String(k)}`;
  return null;
}
function check(v, tree, at, problems, depth = 0) {
  const [name, args] = tree;
  if (depth > 64 || SKIP.has(name)) return;
  const bad = expected => problems.push([at || "/", expected, describe(v)]);
  if (name === "None") { if (v !== null) bad("null"); return; }
  if (name === "Optional") { if (v !== null && args.length) check(v, args[0], at, problems, depth + 1); return; }
  if (name === "Union") {
    for (const a of args) { const sub = []; check(v, a, at, sub, depth + 1); if (sub.length === 0) return; }
    bad(args.map(a => a[0] === "None" ? "null" : a[0]).join(" | ")); return;
  }
  switch (name) {
    case "str": if (typeof v !== "string") bad("string"); return;
    case "int": if (typeof v !== "number" || !isInteger(v)) bad("integer number"); return;
    case "float": if (typeof v !== "number") bad("number"); return;
    case "bool": if (typeof v !== "boolean") bad("boolean"); return;
    case "bytes": if (!(v instanceof Uint8Array) || isProxy(v)) bad("Uint8Array"); return;
  }
  if (name === "dict" || name === "Mapping") {
    if (v === null || typeof v !== "object" || isArray(v) || ![ObjectPrototype, null].includes(getPrototypeOf(v))) { bad("plain object"); return; }
    const why = steerable(v); if (why) { problems.push([at || "/", "plain object", `an object whose comparison can be steered (${why})`]); return; }
    if (args.length === 2) for (const k of keys(v)) check(v[k], args[1], `${at}/${k}`, problems, depth + 1);
    return;
  }
  if (["list", "Sequence", "set", "frozenset", "tuple"].includes(name)) {
    if (!isArray(v) || getPrototypeOf(v) !== ArrayPrototype) { bad("array"); return; }
    const why = steerable(v); if (why) { problems.push([at || "/", "array", `an array whose comparison can be steered (${why})`]); return; }
    if (name === "tuple" && args.length && !(args.length === 2 && args[1][0] === "...")) {
      if (v.length !== args.length) { bad(`array of ${args.length}`); return; }
      v.forEach((item, i) => check(item, args[i], `${at}/${i}`, problems, depth + 1));
    } else if (args.length) v.forEach((item, i) => check(item, args[0], `${at}/${i}`, problems, depth + 1));
    return;
  }
  const type = TYPES.get(name);
  if (!type) return;
  switch (type.kind) {
    case "list": check(v, ["list", type.item_type ? [parse(type.item_type)] : []], at, problems, depth + 1); return;
    case "optional": check(v, ["Optional", type.inner_types.map(parse)], at, problems, depth + 1); return;
    case "union": check(v, ["Union", type.inner_types.map(parse)], at, problems, depth + 1); return;
    case "primitive": return;
    case "enum": if (typeof v !== "string" || !type.variants.includes(v)) bad(`one of ${stringify(type.variants)} (${name})`); return;
  }
  if (v === null || typeof v !== "object" || isArray(v)) { bad(name); return; }
  const proto = getPrototypeOf(v);
  if (proto !== ObjectPrototype && proto !== null && proto?.constructor?.name !== name) { bad(name); return; }
  const why = steerable(v); if (why) { problems.push([at || "/", name, `an object whose comparison can be steered (${why})`]); return; }
  for (const field of type.fields) {
    if (!hasOwn(v, field.name) || v[field.name] === undefined) { if (field.required) problems.push([`${at}/${field.name}`, field.type, "missing"]); continue; }
    if (v[field.name] === null && !field.required) continue;
    check(v[field.name], parse(field.type), `${at}/${field.name}`, problems, depth + 1);
  }
}
function violation(qualified, output, problems) {
  const [at, expected, got] = problems[0];
  writeSync(log, stringify({ function: qualified, pointer: at, expected, got }) + "\n");
  return new ContractTypeViolation(`judge.type_violation: ${qualified} returned ${got} at ${at}, the contract says ${expected} (output type ${output})`);
}
export function wrap(fn, component, name) {
  if (typeof fn !== "function") return fn;
  const f = FUNCTIONS.get(component).get(name);
  const tree = parse(f.output), qualified = `${component}.${name}`;
  const checked = value => { const problems = []; check(value, tree, "", problems); if (problems.length) throw violation(qualified, f.output, problems); return value; };
  const typed = function (...args) {
    const result = new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    if (f.async && result !== null && typeof result === "object" && typeof result.then === "function") return Promise.resolve(result).then(checked);
    return checked(result);
  };
  Object.defineProperty(typed, "name", { value: fn.name });
  return typed;
}
export function exportsUnwrapped(namespace, component, wrapped, file) {
  for (const name of FUNCTIONS.get(component).keys()) {
    if (!wrapped.includes(name) && typeof namespace[name] === "function") {
      writeSync(log, stringify({ function: `${component}.${name}`, pointer: "/", expected: "an export Pact can check", got: "an export written so that Pact cannot see it" }) + "\n");
      throw new ContractTypeViolation(`judge.type_violation: ${file} exports the contract function ${name} in a form Pact cannot check (write it as \`export function ${name}\`)`);
    }
  }
}
