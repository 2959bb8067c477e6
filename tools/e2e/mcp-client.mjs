// End-to-end check of `pact mcp` with the official TypeScript SDK client over real stdio.
// Usage: node mcp-client.mjs <command> [args...]   (run with the project directory as the working directory)
// Prints one JSON line per step; exits non-zero on the first failed expectation.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";

const [command, ...args] = process.argv.slice(2);
const transport = new StdioClientTransport({ command, args: [...args, "mcp", "--tools", "all"], cwd: process.cwd(), stderr: "ignore" });
const client = new Client({ name: "pact-e2e", version: "1.0.0" });
const report = (step, data) => console.log(JSON.stringify({ step, ...data }));
const expect = (ok, what) => { if (!ok) { report("failed", { what }); process.exit(1); } };

await client.connect(transport);
const tools = (await client.listTools()).tools.map((t) => t.name);
report("tools", { tools });
expect(tools.includes("pact_init") && tools.includes("pact_status"), "pact_init and pact_status are listed");

const init = await client.callTool({ name: "pact_init", arguments: { language: "python" } });
expect(!init.isError && init.structuredContent?.outcome === "ok", "pact_init succeeds");
report("init", { created: init.structuredContent.data.created });

const spec = { task: "Build a tenant-scoped booking API.\n", readiness: { security: "strict" }, config: { budget: 25 } };
const applied = await client.callTool({ name: "pact_spec_apply", arguments: { spec } });
expect(!applied.isError, "pact_spec_apply succeeds");

const status = await client.callTool({ name: "pact_status", arguments: {} });
const data = status.structuredContent.data;
report("status", { phase: data.phase, next: data.next.tool });
expect(data.task_written === true && data.next.tool === "pact_interview", "status moves on to the interview");

const refused = await client.callTool({ name: "pact_spec_apply", arguments: { spec: { readiness: { security: "paranoid" } } } });
expect(refused.isError === true && refused.structuredContent.diagnostics[0].pointer === "/readiness/security", "a bad spec is an error result with a pointer");
report("refused", { rule: refused.structuredContent.diagnostics[0].rule });

try {
  await client.callTool({ name: "pact_status", arguments: { project_dir: "/" } });
  expect(false, "a project_dir outside the roots is refused");
} catch (error) {
  expect(error instanceof McpError && error.code === -32602, "outside the roots is invalid params");
  report("outside-roots", { code: error.code });
}

const schema = await client.readResource({ uri: "pact://schema/contract" });
expect(JSON.parse(schema.contents[0].text).$id === "https://pact.local/schemas/contract.json", "schema resource");
const prompt = await client.getPrompt({ name: "interview" });
expect(prompt.messages[0].content.text.includes("tenant-scoped"), "interview prompt carries the task");
report("done", { ok: true });
await client.close();
