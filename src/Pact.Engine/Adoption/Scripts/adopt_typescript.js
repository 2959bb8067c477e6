// pact adopt, TypeScript side: read an existing tree with the pinned compiler's own parser (what parses and what a
// signature says are what tsc sees), and rewrite the relative imports between its files to where each file goes in
// Pact's layout (src/<component>/<flat>.ts). Annotations come back as contract type expressions (str, list[T],
// Optional[T], a declared name); the caller keeps one only when every name in it resolves. argv[1] is the compiler
// API; one JSON request on stdin, one answer on stdout.
const ts = require(process.argv[1]);
const fs = require("node:fs");
const path = require("node:path");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const files = new Set(request.files || (request.modules || []).map(m => m.path));

function dottedOf(relative) {
  const parts = relative.replace(/\.(ts|mts|cts)$/, "").split("/");
  if (parts[parts.length - 1] === "index") parts.pop();
  return [request.package, ...parts].join(".");
}

// A relative specifier, resolved as tsc (nodenext or bundler) would: ./x.js is ./x.ts, ./dir is ./dir/index.ts.
function resolve(from, specifier) {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.(js|mjs|cjs|ts|mts|cts)$/, "");
  for (const candidate of [stem + ".ts", stem + ".mts", stem + ".cts", base + "/index.ts", stem + "/index.ts"]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

// Every module specifier of a file: imports, re-exports, import = require, dynamic import() and require().
function specifiers(source) {
  const found = [];
  function visit(node) {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      found.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return found;
}

function parse(relative) {
  const text = fs.readFileSync(path.join(request.root, relative), "utf8");
  return { text, source: ts.createSourceFile(relative, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
}

function commentText(raw) {
  const body = raw.startsWith("//") ? raw.slice(2) : raw.replace(/^\/\*+/, "").replace(/\*+\/$/, "");
  const lines = body.split("\n").map(l => l.replace(/^\s*\*?\s?/, "").trim()).filter(l => l.length > 0 && !l.startsWith("@"));
  return lines.length > 0 ? lines[0] : "";
}

// The first line of a declaration's JSDoc (the /** */ comment right before it).
function docOf(node, text) {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) || [];
  const last = ranges[ranges.length - 1];
  return last && text.startsWith("/**", last.pos) ? commentText(text.slice(last.pos, last.end)) : "";
}

// The file's own comment: the first of several before its first statement, or a lone line comment there.
function moduleDoc(source, text) {
  const first = source.statements[0];
  const ranges = (first ? ts.getLeadingCommentRanges(text, first.getFullStart()) : ts.getLeadingCommentRanges(text, 0)) || [];
  if (ranges.length === 0) return "";
  const lone = ranges.length === 1 && first && text.startsWith("/**", ranges[0].pos);
  return lone ? "" : commentText(text.slice(ranges[0].pos, ranges[0].end));
}

const Names = { Array: "list", ReadonlyArray: "list", Set: "set", ReadonlySet: "set", Record: "dict", Map: "dict", ReadonlyMap: "dict", Date: "datetime", Uint8Array: "bytes", Buffer: "bytes", Iterable: "Iterable", Iterator: "Iterator" };

// A TypeScript type as a contract type expression; null when there is no annotation.
function typeOf(node) {
  if (!node) return null;
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return "str";
    case ts.SyntaxKind.NumberKeyword: return "float";
    case ts.SyntaxKind.BigIntKeyword: return "int";
    case ts.SyntaxKind.BooleanKeyword: return "bool";
    case ts.SyntaxKind.VoidKeyword: case ts.SyntaxKind.UndefinedKeyword: case ts.SyntaxKind.NeverKeyword: return "None";
    case ts.SyntaxKind.AnyKeyword: case ts.SyntaxKind.UnknownKeyword: return "Any";
    case ts.SyntaxKind.ObjectKeyword: case ts.SyntaxKind.TypeLiteral: return "dict[str, Any]";
    case ts.SyntaxKind.ArrayType: return `list[${typeOf(node.elementType)}]`;
    case ts.SyntaxKind.TupleType: return `tuple[${node.elements.map(e => typeOf(ts.isNamedTupleMember(e) ? e.type : e)).join(", ")}]`;
    case ts.SyntaxKind.ParenthesizedType: return typeOf(node.type);
    case ts.SyntaxKind.TypeOperator: return typeOf(node.type);
    case ts.SyntaxKind.FunctionType: return "Callable";
    case ts.SyntaxKind.LiteralType:
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return "None";
      if (ts.isStringLiteral(node.literal)) return "str";
      if (ts.isNumericLiteral(node.literal)) return "float";
      return "bool";
    case ts.SyntaxKind.UnionType: {
      const members = node.types.map(typeOf);
      const some = [...new Set(members.filter(m => m !== "None"))];
      const union = some.join(" | ");
      return some.length === 0 ? "None" : some.length < members.length ? `Optional[${union}]` : union;
    }
    case ts.SyntaxKind.TypeReference: {
      if (!ts.isIdentifier(node.typeName)) return "Any";
      const name = node.typeName.text;
      const args = (node.typeArguments || []).map(typeOf);
      if (name === "Promise") return args[0] || "Any";
      const mapped = Names[name];
      if (!mapped) return name;
      return args.length > 0 && !["datetime", "bytes"].includes(mapped) ? `${mapped}[${args.join(", ")}]` : mapped;
    }
    default: return "Any";
  }
}

function isPromise(node) {
  return !!node && ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === "Promise";
}

function hasModifier(node, kind) {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) || [] : []).some(m => m.kind === kind);
}

function functionOf(name, fn, doc, text) {
  const params = fn.parameters.map((p, i) => ({
    name: ts.isIdentifier(p.name) ? p.name.text : `arg${i + 1}`,
    annotation: typeOf(p.type),
    default: p.initializer ? p.initializer.getText() : p.questionToken ? "undefined" : null,
    kind: p.dotDotDotToken ? "varargs" : "positional",
  }));
  const isAsync = hasModifier(fn, ts.SyntaxKind.AsyncKeyword) || isPromise(fn.type);
  return { name, doc, params, returns: typeOf(fn.type), async: isAsync };
}

function fieldOf(member) {
  return { name: member.name.getText(), annotation: typeOf(member.type), default: member.initializer ? member.initializer.getText() : member.questionToken ? "undefined" : null };
}

function classOf(node, text) {
  const fields = [];
  for (const member of node.members) {
    const hidden = hasModifier(member, ts.SyntaxKind.PrivateKeyword) || hasModifier(member, ts.SyntaxKind.ProtectedKeyword) || hasModifier(member, ts.SyntaxKind.StaticKeyword);
    if (ts.isPropertyDeclaration(member) && !hidden && ts.isIdentifier(member.name)) fields.push(fieldOf(member));
    if (ts.isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        if (hasModifier(p, ts.SyntaxKind.PublicKeyword) && ts.isIdentifier(p.name)) fields.push({ name: p.name.text, annotation: typeOf(p.type), default: p.initializer ? p.initializer.getText() : null });
      }
    }
  }
  return { name: node.name.text, doc: docOf(node, text), fields, variants: [], enum: false, type_only: false };
}

function extract(relative) {
  const { text, source } = parse(relative);
  const module = { path: relative, dotted: dottedOf(relative), doc: moduleDoc(source, text), loc: 0, all: [], imports: [], bound: [], functions: [], classes: [] };
  module.loc = text.split("\n").filter(l => l.trim().length > 0 && !l.trim().startsWith("//")).length;
  const problem = (source.parseDiagnostics || [])[0];
  if (problem) {
    const line = source.getLineAndCharacterOfPosition(problem.start).line + 1;
    module.error = `does not parse (line ${line}): ${ts.flattenDiagnosticMessageText(problem.messageText, " ")}`;
    return module;
  }
  module.imports = [...new Set(specifiers(source).map(s => resolve(relative, s.text)).filter(Boolean).map(dottedOf))];

  // Names exported by a local `export { a, b as c }` list count as exported declarations (under the exported name).
  const listed = new Map();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const e of statement.exportClause.elements) listed.set((e.propertyName || e.name).text, e.name.text);
    }
  }
  const exportedAs = (node, name) => hasModifier(node, ts.SyntaxKind.ExportKeyword) && !hasModifier(node, ts.SyntaxKind.DefaultKeyword) ? name : listed.get(name);

  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      const as = exportedAs(statement, statement.name.text);
      // Overloads share a name: the implementation (with a body) speaks for them.
      if (as && !module.functions.some(f => f.name === as)) module.functions.push(functionOf(as, statement, docOf(statement, text), text));
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) ? d.initializer : null;
        const as = ts.isIdentifier(d.name) ? exportedAs(statement, d.name.text) : null;
        if (init && as) module.functions.push(functionOf(as, init, docOf(statement, text), text));
      }
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      const as = exportedAs(statement, statement.name.text);
      if (as) module.classes.push({ ...classOf(statement, text), name: as });
    } else if (ts.isInterfaceDeclaration(statement)) {
      const as = exportedAs(statement, statement.name.text);
      const fields = statement.members.filter(m => ts.isPropertySignature(m) && m.type).map(fieldOf);
      if (as) module.classes.push({ name: as, doc: docOf(statement, text), fields, variants: [], enum: false, type_only: true });
    } else if (ts.isEnumDeclaration(statement)) {
      const as = exportedAs(statement, statement.name.text);
      if (as) module.classes.push({ name: as, doc: docOf(statement, text), fields: [], variants: statement.members.map(m => m.name.getText()), enum: true, type_only: hasModifier(statement, ts.SyntaxKind.ConstKeyword) });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      const as = exportedAs(statement, statement.name.text);
      const t = statement.type;
      const literals = ts.isUnionTypeNode(t) && t.types.every(m => ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal));
      if (as && literals) module.classes.push({ name: as, doc: docOf(statement, text), fields: [], variants: t.types.map(m => m.literal.text), enum: true, type_only: true });
      else if (as && ts.isTypeLiteralNode(t)) module.classes.push({ name: as, doc: docOf(statement, text), fields: t.members.filter(m => ts.isPropertySignature(m) && m.type).map(fieldOf), variants: [], enum: false, type_only: true });
    }
  }
  module.all = [...module.functions.map(f => f.name), ...module.classes.map(c => c.name)];
  return module;
}

// Each file's text with every relative specifier that names a file of the tree pointed at that file's new place.
function rewrite(entry, targets) {
  const { text, source } = parse(entry.path);
  const edits = [];
  for (const literal of specifiers(source)) {
    const target = resolve(entry.path, literal.text);
    if (target === null) continue;
    let next = path.posix.relative(path.posix.dirname(entry.target), targets.get(target)) + ".js";
    if (!next.startsWith(".")) next = "./" + next;
    const quote = text[literal.getStart()];
    edits.push({ start: literal.getStart(), end: literal.end, text: quote + next + quote });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { path: entry.path, text: out };
}

let answer;
if (request.mode === "extract") {
  answer = { modules: request.files.map(extract) };
} else {
  const targets = new Map(request.modules.map(m => [m.path, m.target]));
  answer = { modules: request.modules.map(m => rewrite(m, targets)) };
}
process.stdout.write(JSON.stringify(answer));
