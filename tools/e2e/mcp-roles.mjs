// The journey an agent takes with nothing but the shipped MCP configuration: the auditor's server ("pact-audit") writes
// the law (init, spec, interview, plan, contracts, visible and hidden suites), the implementer's server ("pact") reads
// its brief, implements, tests, polishes and certifies; no CLI call. Both servers start exactly as the configuration
// file says (its "pact" command replaced by the one given, its arguments kept), and at every step the implementer's
// pact_status must name the tool that is taken next, so `next` is shown to lead the whole way.
// Usage: node mcp-roles.mjs <config.json> <example-dir> <command> [args...]   (cwd = an empty project directory)
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [configFile, example, command, ...prefix] = process.argv.slice(2);
const servers = JSON.parse(readFileSync(configFile, "utf8")).mcpServers;
const report = (step, data = {}) => console.log(JSON.stringify({ step, ...data }));
const fail = (what, result) => { report("failed", { what, result }); process.exit(1); };
const long = { timeout: 600_000 };
const json = (file) => JSON.parse(readFileSync(join(example, file), "utf8"));
const components = ["money", "accounts", "report"];

async function connect(name) {
  const entry = servers[name];
  if (entry?.command !== "pact") fail(`the configuration starts ${name} with the pact command`, entry);
  const transport = new StdioClientTransport({ command, args: [...prefix, ...entry.args], cwd: process.cwd(), stderr: "ignore", env: process.env });
  const client = new Client({ name: `pact-e2e-${name}`, version: "1.0.0" });
  await client.connect(transport);
  const tools = new Set((await client.listTools()).tools.map((t) => t.name));
  return { name, client, tools };
}

const auditor = await connect("pact-audit");
const implementer = await connect("pact");
const taken = [];

async function call(server, tool, args = {}, options = long) {
  if (!server.tools.has(tool)) fail(`${server.name} lists ${tool}`, [...server.tools]);
  const result = await server.client.callTool({ name: tool, arguments: args }, undefined, options);
  if (result.isError) fail(`${server.name}: ${tool}`, result.structuredContent ?? result.content);
  report(tool, { server: server.name, outcome: result.structuredContent?.outcome });
  return result.structuredContent;
}

// The step the implementer's status names, before it is taken: it must be the tool about to be called, on a server
// of the configuration that lists it.
async function next(expected) {
  const status = (await call(implementer, "pact_status")).data;
  const tool = status.next.tool;
  taken.push(tool);
  if (tool !== expected) fail(`next names ${expected}`, status.next);
  if (!auditor.tools.has(tool) && !implementer.tools.has(tool)) fail(`${tool}, named by next, is on a shipped server`, status.next);
}

await call(auditor, "pact_init", { language: "python" });
await next("pact_spec_apply");
await call(auditor, "pact_spec_apply", { spec: { task: "Build a small ledger: parse money, keep account balances, report them.\n", readiness: { testing: "strict" } } });
await next("pact_interview");
await call(auditor, "pact_interview", { interview: { risks: ["rounding errors"], acceptance_criteria: ["money is integer cents"], questions: [] } });
await next("pact_decompose");
const nodes = { ledger: { component_id: "ledger", name: "Ledger", description: "A ledger of accounts and their balances", children: components } };
for (const id of components) {
  const contract = json(`contracts/${id}/interface.json`);
  nodes[id] = { component_id: id, name: contract.name, description: contract.description, depth: 1, parent_id: "ledger" };
}
await call(auditor, "pact_decompose", { tree: { root_id: "ledger", nodes } });
for (const id of components) {
  await next("pact_contract");
  await call(auditor, "pact_contract", { component_id: id, contract: json(`contracts/${id}/interface.json`) });
}
for (const id of components) {
  await next("pact_tests");
  await call(auditor, "pact_tests", { component_id: id, suite: json(`suites/visible/${id}.json`) });
}
await next("pact_audit_init");
const audit = await call(auditor, "pact_audit_init", { audit_dir: mkdtempSync(join(tmpdir(), "pact-audit-")) });
for (const id of components) {
  await next("pact_goodhart");
  await call(auditor, "pact_goodhart", { component_id: id, suite: json(`suites/hidden/${id}.json`) });
}

// The implementer reads its brief (contract, stub, visible tests; never the hidden ones) and writes the code.
await next("pact_handoff");
for (const id of components) {
  const brief = (await call(implementer, "pact_handoff", { component_id: id })).data.brief;
  if (!brief.includes(id)) fail(`the brief of ${id} is about ${id}`, brief.slice(0, 200));
}
cpSync(join(example, "src"), join(process.cwd(), "src"), { recursive: true });

await next("pact_test");
const tested = await call(implementer, "pact_test");
if (tested.data.runs.some((r) => r.status !== "passed")) fail("visible suites pass", tested.data.runs);
await next("pact_polish");
const polished = await call(implementer, "pact_polish");
if (polished.data.runs.some((r) => r.status !== "passed")) fail("every suite passes in polish", polished.data.runs);
// Advocate reviews what was built from the auditor's side (the `review` prompt, then pact_review), apart from the
// implementer: a low finding at a line of the code, so nothing blocks certification but the review is on record.
await next("pact_review");
const advocate = (await auditor.client.getPrompt({ name: "review", arguments: { component_id: "money", claim: "the ledger is done" } })).messages[0].content.text;
if (!advocate.includes("## src/money/money.py (implementation)")) fail("the review prompt carries the code", advocate.slice(0, 500));
await call(auditor, "pact_review", { review: {
  target: { components: ["money"] }, claim: "the ledger is done", reviewer: "advocate", source: { kind: "host_agent", name: "pact-e2e" },
  findings: [{ severity: "low", location: { file: "src/money/money.py", line: 1 },
    evidence: "to_cents(\"1.5\") raises InvalidAmount, while the contract's description only says a decimal amount",
    recommendation: "state in the contract that exactly two fraction digits are required, with a test for one digit" }] } });
await next("pact_certify");
const certified = await call(implementer, "pact_certify");
// Pinned to the audit directory's key, as CI does.
const verified = await call(implementer, "pact_certify", { verify: true, key: audit.data.public_key });
if (!verified.data?.pinned) fail("verify is pinned to the audit key", verified);
report("certificate", { certified: certified.outcome, verified: verified.outcome });

const status = (await call(implementer, "pact_status")).data;
if (status.phase !== "complete") fail("pact_status reads complete after certification", status);
report("done", { next: taken, ok: true });
await auditor.client.close();
await implementer.client.close();
