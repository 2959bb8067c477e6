// The whole pipeline through `pact mcp` with the official TypeScript SDK client over real stdio: init, spec,
// interview, decompose, contracts, visible and hidden suites, implementation, test (with progress), polish,
// certify, verify and health — the journey an agent in Claude Code or Codex takes.
// Usage: node mcp-pipeline.mjs <example-dir> <command> [args...]   (cwd = an empty project directory)
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [example, command, ...args] = process.argv.slice(2);
const transport = new StdioClientTransport({ command, args: [...args, "mcp", "--tools", "all"], cwd: process.cwd(), stderr: "ignore", env: process.env });
const client = new Client({ name: "pact-e2e-pipeline", version: "1.0.0" });
const report = (step, data = {}) => console.log(JSON.stringify({ step, ...data }));
const fail = (what, result) => { report("failed", { what, result }); process.exit(1); };
const long = { timeout: 600_000 };
const json = (file) => JSON.parse(readFileSync(join(example, file), "utf8"));
const components = ["money", "accounts", "report"];

async function call(name, args, options) {
  const result = await client.callTool({ name, arguments: args }, undefined, options ?? long);
  if (result.isError) fail(name, result.structuredContent ?? result.content);
  report(name, { outcome: result.structuredContent?.outcome });
  return result.structuredContent;
}

await client.connect(transport);
// The SDK hands a notification to its handler a microtask later but drops the request's progress handler as soon
// as the response is read, so a last notification that shares a read with the response never reaches `onprogress`.
// Count what crossed the wire as well: that is what the server sent, in order, before its result.
const wire = [];
const deliver = transport.onmessage;
transport.onmessage = (message, extra) => {
  if (message.method === "notifications/progress") wire.push(message.params);
  deliver(message, extra);
};
await call("pact_init", { language: "python" });
await call("pact_spec_apply", { spec: { task: "Build a small ledger: parse money, keep account balances, report them.\n", readiness: { testing: "strict" } } });
await call("pact_interview", { interview: { risks: ["rounding errors"], acceptance_criteria: ["money is integer cents"], questions: [] } });
const nodes = { ledger: { component_id: "ledger", name: "Ledger", description: "A ledger of accounts and their balances", children: components } };
for (const id of components) {
  const contract = json(`contracts/${id}/interface.json`);
  nodes[id] = { component_id: id, name: contract.name, description: contract.description, depth: 1, parent_id: "ledger" };
}
await call("pact_decompose", { tree: { root_id: "ledger", nodes } });
for (const id of components) {
  await call("pact_contract", { component_id: id, contract: json(`contracts/${id}/interface.json`) });
  await call("pact_tests", { component_id: id, suite: json(`suites/visible/${id}.json`) });
}
const audit = await call("pact_audit_init", { audit_dir: mkdtempSync(join(tmpdir(), "pact-audit-")) });
for (const id of components) {
  await call("pact_goodhart", { component_id: id, suite: json(`suites/hidden/${id}.json`) });
}

// The implementing agent writes the code.
cpSync(join(example, "src"), join(process.cwd(), "src"), { recursive: true });

const progress = [];
wire.length = 0;
const tested = await call("pact_test", {}, { ...long, onprogress: (p) => progress.push(p) });
if (wire.length < components.length) fail("a progress notification per suite", wire);
const messages = wire.map((p) => p.message);
for (const id of components) {
  if (!messages.some((m) => m.startsWith(`${id} (visible): passed`))) fail(`a progress notification for ${id}`, wire);
}
report("progress", { sent: wire.length, delivered: progress.length, last: wire.at(-1)?.message });
if (tested.data.runs.some((r) => r.status !== "passed")) fail("visible suites pass", tested.data.runs);

await call("pact_polish", {});
const certified = await call("pact_certify", {}, { ...long, onprogress: (p) => progress.push(p) });
// Pinned to the audit directory's key, as CI does (unpinned verify fails where CI=true).
const verified = await call("pact_certify", { verify: true, key: audit.data.public_key });
if (!verified.data?.pinned) fail("verify is pinned to the audit key", verified);
const envelope = JSON.parse((await client.readResource({ uri: "pact://certificate" })).contents[0].text);
if (!envelope.payloadType || !envelope.signatures?.length) fail("pact://certificate is a signed DSSE envelope", envelope);
report("certificate", { certified: certified.outcome, verified: verified.outcome });
// Health is derived from what Pact saw: the runs above count as implementation attempts and test passes.
const health = JSON.parse((await client.readResource({ uri: "pact://health" })).contents[0].text).data;
const metrics = health?.metrics;
if (!(metrics?.implementation_attempts >= components.length && metrics.test_passes > 0)) fail("pact://health counts the runs", health);
report("health", { status: health.status, attempts: metrics.implementation_attempts, test_passes: metrics.test_passes });
const status = await call("pact_status", {});
if (status.data.phase !== "complete") fail("pact_status reads complete after certification", status.data);
report("done", { phase: status.data.phase, ok: true });
await client.close();
