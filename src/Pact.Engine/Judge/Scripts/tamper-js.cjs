// Pact's tamper scan of JavaScript and TypeScript implementation files: parsed with acorn (node's own, reached with
// --expose-internals), TypeScript first turned into JavaScript by the pinned compiler with a source map for its lines;
// never run. Reads [{path, text}] on stdin, prints [{path, line, rule, message}].
const fs = require("node:fs");
const path = require("node:path");
const out = v => console.log(JSON.stringify(v));
let acorn;
try { acorn = require("internal/deps/acorn/acorn/dist/acorn"); }
catch (e) { out({ error: "this node has no bundled acorn parser to scan with: " + e.message }); process.exit(0); }
const tsApi = process.argv[1];
const ts = tsApi ? require(tsApi) : null;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// Generated line (0-based) -> original line (1-based), from a source map's mappings.
function lineMap(mappings) {
  const map = []; let src = 0, srcLine = 0, srcCol = 0;
  mappings.split(";").forEach((group, generated) => {
    for (const seg of group.split(",").filter(Boolean)) {
      const v = []; let shift = 0, value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch); value += (d & 31) << shift;
        if (d & 32) shift += 5; else { v.push(value & 1 ? -(value >> 1) : value >> 1); value = 0; shift = 0; }
      }
      if (v.length >= 4) { src += v[1]; srcLine += v[2]; srcCol += v[3]; if (map[generated] === undefined) map[generated] = srcLine + 1; }
    }
  });
  return map;
}
const FRAMEWORK = new Set(["test", "assert", "assert/strict", "module", "vm", "inspector", "v8", "repl", "async_hooks", "trace_events", "diagnostics_channel"]);
const PROCESS = new Set(["child_process", "cluster", "worker_threads"]);
const ENV = new Set(["os"]);
const ENV_WORDS = ["PACT", "NODE_TEST", "CI", "GITHUB_", "JUDGE", "SANDBOX", "BWRAP", "bubblewrap", "/.cache/results", "junit"];
const bare = s => s.replace(/^node:/, "");
const children = n => Object.entries(n).filter(([k]) => k !== "loc").flatMap(([, v]) => Array.isArray(v) ? v : [v]).filter(v => v && typeof v.type === "string");
function walk(n, f, parent) { f(n, parent); children(n).forEach(c => walk(c, f, n)); }
const chain = n => n.type === "Identifier" ? [n.name] : n.type === "MemberExpression" && !n.computed ? (x => x && [...x, n.property.name])(chain(n.object)) : n.type === "MemberExpression" && n.property.type === "Literal" ? (x => x && [...x, String(n.property.value)])(chain(n.object)) : null;
function scan(file, text) {
  const isTs = file.endsWith(".ts");
  let source = text, lines = null;
  if (isTs) {
    if (!ts) return [{ path: file, line: 1, rule: "tamper.typescript.unparsable", message: "no TypeScript compiler to read the file with" }];
    const t = ts.transpileModule(text, { fileName: path.basename(file), compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, verbatimModuleSyntax: false } });
    source = t.outputText; lines = lineMap(JSON.parse(t.sourceMapText).mappings);
  }
  const lang = isTs ? "typescript" : "javascript";
  const found = [];
  let tree;
  try { tree = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module", locations: true, allowHashBang: true }); }
  catch (e) { return [{ path: file, line: e.loc ? e.loc.line : 1, rule: `tamper.${lang}.unparsable`, message: "the file does not parse, so it cannot be scanned: " + e.message }]; }
  const lineOf = n => { const l = n.loc ? n.loc.start.line : 1; if (!lines) return l; for (let i = l - 1; i >= 0; i--) if (lines[i] !== undefined) return lines[i]; return 1; };
  const hit = (n, family, message) => found.push({ path: file, line: lineOf(n), rule: `tamper.${lang}.${family}`, message });
  const assertNames = new Set();
  const moduleImport = (n, spec) => {
    const m = bare(spec);
    if (FRAMEWORK.has(m)) hit(n, "framework_internals", `imports ${spec}: the test framework, the module loader and the VM are no business of an implementation`);
    else if (PROCESS.has(m)) hit(n, "detached_process", `imports ${spec}: a process or thread started by the implementation can outlive or race the tests`);
    else if (ENV.has(m)) hit(n, "environment_probe", `imports ${spec}: it tells the code where and as whom it runs`);
    else if (spec.startsWith("/") || spec.startsWith("file:")) hit(n, "outside_paths", `imports ${spec}: an absolute path outside the component`);
    else if (spec.startsWith(".")) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (!target.startsWith("src/")) hit(n, "outside_paths", `imports ${spec}: it leaves src/`);
    }
  };
  walk(tree, (n, parent) => {
    if (n.type === "ImportDeclaration" || n.type === "ExportAllDeclaration" || (n.type === "ExportNamedDeclaration" && n.source)) {
      moduleImport(n, String(n.source.value));
      if (n.type === "ImportDeclaration" && bare(String(n.source.value)).startsWith("assert")) n.specifiers.forEach(s => assertNames.add(s.local.name));
    } else if (n.type === "ImportExpression") {
      if (n.source.type === "Literal") moduleImport(n, String(n.source.value)); else hit(n, "framework_internals", "imports a module whose name is computed at run time: it cannot be scanned");
    } else if (n.type === "CallExpression" && n.callee.type === "Identifier" && n.callee.name === "require") {
      const a = n.arguments[0];
      if (a && a.type === "Literal") moduleImport(n, String(a.value)); else hit(n, "framework_internals", "requires a module whose name is computed at run time: it cannot be scanned");
    } else if (n.type === "CallExpression" && n.callee.type === "Identifier" && (n.callee.name === "eval" || n.callee.name === "Function")) {
      hit(n, "framework_internals", `calls ${n.callee.name}: code built at run time cannot be scanned`);
    } else if (n.type === "NewExpression" && n.callee.type === "Identifier" && n.callee.name === "Function") {
      hit(n, "framework_internals", "constructs a Function: code built at run time cannot be scanned");
    } else if (n.type === "MemberExpression") {
      const c = chain(n);
      if (!c || (parent && parent.type === "MemberExpression" && parent.object === n)) return;
      const [a, b] = c;
      if (a === "process" && ["exit", "abort", "kill", "reallyExit", "exitCode", "on", "once", "prependListener", "addListener", "setUncaughtExceptionCaptureCallback"].includes(b)) hit(n, "exit_tricks", `uses process.${b}: it can end the run or act after the tests`);
      else if (a === "process" && ["env", "argv", "execArgv", "execPath", "ppid", "getuid", "geteuid", "cwd", "report", "binding", "_linkedBinding", "dlopen"].includes(b)) hit(n, b === "binding" || b === "_linkedBinding" || b === "dlopen" ? "framework_internals" : "environment_probe", `uses process.${b}: it tells the code where and as whom it runs, or reaches node's internals`);
      else if ((a === "require" && ["cache", "extensions", "main"].includes(b)) || (a === "Module" || a === "module") && ["_load", "_resolveFilename", "_cache", "prototype", "register", "registerHooks", "_extensions"].includes(b)) hit(n, "framework_internals", `uses ${a}.${b}: patching the module loader reaches into the test framework`);
      else if (a === "Error" && ["prepareStackTrace", "captureStackTrace", "stackTraceLimit"].includes(b)) hit(n, "framework_internals", `uses Error.${b}: it rewrites how failures are reported`);
      else if ((a === "globalThis" || a === "global") && b) hit(n, "framework_internals", `uses ${a}.${b}: a global the implementation sets or reads is shared with the tests`);
      else if (assertNames.has(a)) hit(n, "framework_internals", `uses ${c.join(".")}: the implementation has no business with the test's assertions`);
      else if (["Object", "Reflect"].includes(a) && ["defineProperty", "setPrototypeOf", "defineProperties"].includes(b) && parent && parent.type === "CallExpression" && parent.arguments[0] && parent.arguments[0].type === "Identifier" && ["Object", "Array", "String", "Number", "Boolean", "Function", "Promise", "globalThis"].includes(parent.arguments[0].name)) hit(n, "framework_internals", `patches a built-in with ${a}.${b}: the tests compare with the same built-ins`);
      else if (["Object", "Array", "String", "Number", "Boolean", "Function", "Promise", "Symbol"].includes(a) && b === "prototype" && parent && parent.type === "AssignmentExpression") hit(n, "framework_internals", `patches ${a}.prototype: the tests compare with the same built-ins`);
    } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression") {
      const c = chain(n.left);
      if (c && c.length >= 3 && ["Object", "Array", "String", "Number", "Boolean", "Function", "Promise", "Symbol"].includes(c[0]) && c[1] === "prototype") hit(n, "framework_internals", `patches ${c.join(".")}: the tests compare with the same built-ins`);
    } else if (n.type === "Property" && !n.computed && ((n.key.type === "Identifier" && n.key.name === "detached") || (n.key.type === "Literal" && n.key.value === "detached"))) {
      hit(n, "detached_process", "asks for a detached process: it outlives the tests");
    } else if ((n.type === "Literal" && typeof n.value === "string") || n.type === "TemplateElement") {
      const v = n.type === "Literal" ? n.value : n.value.cooked || "";
      if (parent && (parent.type === "ImportDeclaration" || parent.type === "ExportAllDeclaration" || parent.type === "ExportNamedDeclaration" || parent.type === "ImportExpression" || (parent.type === "CallExpression" && parent.callee.type === "Identifier" && parent.callee.name === "require"))) return;
      if (ENV_WORDS.some(w => v.includes(w)) && v.length < 200 && (v === v.toUpperCase() || v.includes("/") || v === "bubblewrap" || v === "junit")) hit(n, "environment_probe", `names ${JSON.stringify(v)}: it looks for the judge, the CI or the sandbox`);
      else if ((v.startsWith("/") && v.length > 1 && !v.startsWith("//")) || v.startsWith("..") || v.includes("/..") || v.startsWith("~") || v.startsWith("file:")) hit(n, "outside_paths", `the path ${JSON.stringify(v.slice(0, 80))} points outside the component (an absolute path, a parent directory, a home)`);
    } else if ((n.type === "MethodDefinition" || n.type === "Property") && !n.computed && n.key && ["valueOf", "toString", "toJSON"].includes(n.key.name || n.key.value)) {
      hit(n, "equality_override", `defines ${n.key.name || n.key.value}: a conversion of its own can make a loose comparison in a test succeed`);
    } else if ((n.type === "MethodDefinition" || n.type === "Property") && n.computed && n.key.type === "MemberExpression" && chain(n.key)?.join(".") === "Symbol.toPrimitive") {
      hit(n, "equality_override", "defines Symbol.toPrimitive: a conversion of its own can make a loose comparison in a test succeed");
    } else if (n.type === "NewExpression" && n.callee.type === "Identifier" && n.callee.name === "Proxy") {
      hit(n, "equality_override", "constructs a Proxy: it can answer a test's comparison however it likes");
    }
  });
  const unique = new Map();
  for (const f of found) { const k = `${f.line} ${f.rule}`; if (!unique.has(k)) unique.set(k, f); }
  return [...unique.values()].sort((x, y) => x.line - y.line || (x.rule < y.rule ? -1 : 1));
}
const files = JSON.parse(fs.readFileSync(0, "utf8"));
out(files.flatMap(f => scan(f.path, f.text)));
