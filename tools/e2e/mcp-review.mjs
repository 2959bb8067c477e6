// Review as a gate through `pact mcp` with the official TypeScript SDK client over real stdio: the review and
// simulacrum prompts filled with the contract, the code and the latest test results; pact_review refusing a finding
// that names a file the project does not have (with its JSON pointer, writing nothing) and storing an Advocate
// review with a critical finding; certify refused; adjudication ("fixed" checked against the file's hash); certify
// passing and listing the reviews.
// Usage: node mcp-review.mjs <example-dir> <command> [args...]   (cwd = an empty project directory)
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { appendFileSync, cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [example, command, ...args] = process.argv.slice(2);
const transport = new StdioClientTransport({ command, args: [...args, "mcp", "--tools", "all"], cwd: process.cwd(), stderr: "ignore", env: process.env });
const client = new Client({ name: "pact-e2e-review", version: "1.0.0" });
const report = (step, data = {}) => console.log(JSON.stringify({ step, ...data }));
const fail = (what, result) => { report("failed", { what, result }); process.exit(1); };
const long = { timeout: 600_000 };
const json = (file) => JSON.parse(readFileSync(join(example, file), "utf8"));
const components = ["money", "accounts", "report"];

async function raw(name, args) {
  return await client.callTool({ name, arguments: args }, undefined, long);
}

async function call(name, args) {
  const result = await raw(name, args);
  if (result.isError) fail(name, result.structuredContent ?? result.content);
  report(name, { outcome: result.structuredContent?.outcome });
  return result.structuredContent;
}

async function refused(name, args, rule) {
  const result = await raw(name, args);
  const diagnostics = result.structuredContent?.diagnostics ?? [];
  if (!result.isError || !diagnostics.some((d) => d.rule === rule)) fail(`${name} is refused with ${rule}`, result.structuredContent ?? result.content);
  report(`${name} refused`, { rule, pointer: diagnostics.find((d) => d.rule === rule).pointer });
  return diagnostics.find((d) => d.rule === rule);
}

await client.connect(transport);
await call("pact_init", { language: "python" });
await call("pact_spec_apply", { spec: { task: "Build a small ledger: parse money, keep account balances, report them.\n", readiness: { testing: "basic", gating: "basic" } } });
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
cpSync(join(example, "src"), join(process.cwd(), "src"), { recursive: true });
const tested = await call("pact_test", {});
if (tested.data.runs.some((r) => r.status !== "passed")) fail("visible suites pass", tested.data.runs);

// The prompts carry what a reviewer reads: the claim, the contract, the implementation and the latest runs.
const claim = "money is done: every contract test passes";
const advocate = (await client.getPrompt({ name: "review", arguments: { component_id: "money", claim } })).messages[0].content.text;
for (const part of [claim, "## contracts/money/interface.json", "\"to_cents\"", "## src/money/money.py (implementation)", "def to_cents", "## latest test results of money", "visible suite passed", "## schema: review"]) {
  if (!advocate.includes(part)) fail(`the review prompt carries ${part}`, advocate.slice(0, 2000));
}
const simulacrum = (await client.getPrompt({ name: "simulacrum", arguments: { claim, component_id: "money" } })).messages[0].content.text;
if (!simulacrum.includes(`Claim under test: "${claim}"`) || !simulacrum.includes("def to_cents")) fail("the simulacrum prompt carries the claim and the code", simulacrum.slice(0, 2000));
report("prompts", { review: advocate.length, simulacrum: simulacrum.length });

// A finding that names a file the project does not have: refused with its pointer, nothing written.
const source = { kind: "host_agent", name: "pact-e2e" };
const finding = {
  severity: "critical",
  location: { file: "src/money/money.py", line: 37 },
  evidence: "to_cents(\"1.5\") raises InvalidAmount, but the contract's description calls it a decimal amount",
  recommendation: "accept one fraction digit or state in the contract that exactly two digits are required",
};
const missing = await refused("pact_review", { review: { target: { components: ["money"] }, claim, reviewer: "advocate", source, findings: [{ ...finding, location: { file: "src/money/parse.py", line: 3 } }] } }, "review.location.file_missing");
if (missing.pointer !== "/findings/0/location/file" || !missing.fix) fail("the refusal names /findings/0/location/file and the fix", missing);
if (existsSync(join(process.cwd(), ".pact", "reviews"))) fail("a refused review writes nothing", readFileSync(join(process.cwd(), ".pact", "audit.jsonl"), "utf8"));

const stored = await call("pact_review", { review: { target: { components: ["money"] }, claim, reviewer: "advocate", source, findings: [finding] } });
const reviewId = stored.data.review.id;
if (stored.data.blocking.join() !== "F1" || !existsSync(join(process.cwd(), ".pact", "reviews", reviewId, "review.json"))) fail("the review is stored with F1 blocking", stored);
const sim = await call("pact_review", { review: { target: { components: ["money"] }, claim, reviewer: "simulacrum", source, text: "## A careless operator\nPastes \"1.5\" from a spreadsheet.\n\nVerdict: holds with gaps.", questions: [{ text: "Should one-digit fractions be accepted?" }] } });
if (!existsSync(join(process.cwd(), ".pact", "reviews", sim.data.review.id, "simulacrum.md"))) fail("simulacrum.md is stored", sim);

const status = await call("pact_status", {});
const needing = status.data.reviews_needing_adjudication.map((r) => `${r.reviewer}:${r.open.join(",")}`).sort();
if (needing.join(" ") !== "advocate:F1 simulacrum:Q1" || status.data.next.tool !== "pact_review_adjudicate") fail("status shows both reviews as needing adjudication", status.data);
report("status", { needing, next: status.data.next.tool });

await refused("pact_certify", {}, "certify.review_unadjudicated");

// "fixed" is checked: refused while the file is as it was, taken once it changed.
await refused("pact_review_adjudicate", { review_id: reviewId, item: "F1", decision: "fixed", reason: "the contract now says exactly two fraction digits" }, "review.adjudicate.not_fixed");
appendFileSync(join(process.cwd(), "src", "money", "money.py"), "\n# Exactly two fraction digits: '1.5' is not an amount (the contract's malformed case).\n");
const fixed = await call("pact_review_adjudicate", { review_id: reviewId, item: "F1", decision: "fixed", reason: "money.py documents that exactly two fraction digits are required" });
if (!fixed.data.adjudication.evidence.includes("src/money/money.py changed") || fixed.data.open.length !== 0) fail("fixed names the changed file and nothing stays open", fixed.data);
await call("pact_review_adjudicate", { review_id: sim.data.review.id, item: "Q1", decision: "answered", reason: "no: amounts are typed by people reading receipts, which always show two digits" });

const certified = await call("pact_certify", {});
const listed = certified.data.reviews.map((r) => `${r.reviewer}:${r.adjudications.map((a) => `${a.item}=${a.decision}`).join(",")}`).sort();
if (!certified.data.certified || listed.join(" ") !== "advocate:F1=fixed simulacrum:Q1=answered") fail("the certificate lists the reviews and their adjudications", certified.data);
report("certificate", { certified: certified.outcome, reviews: listed });

const health = JSON.parse((await client.readResource({ uri: "pact://health" })).contents[0].text).data;
if (health.metrics.reviews !== 1 || health.metrics.review_rejections !== 1) fail("health counts the Advocate review's rejection", health.metrics);
report("done", { reviews: health.metrics.reviews, rejections: health.metrics.review_rejections, ok: true });
await client.close();
