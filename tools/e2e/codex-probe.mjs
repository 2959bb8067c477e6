// Asks the real Codex CLI, through its app-server (stdio JSON-RPC, no login needed), what it made of Pact:
//   node codex-probe.mjs <codex> <project-dir> <expected-skill-name> [<expected-plugin-id>]
// Checks that Codex started the `pact` MCP server and listed its tools (from the given plugin, or from config.toml
// when no plugin id is given), that it discovered the pact-engineer skill under the expected name, and that a tool
// call made through Codex reaches Pact with the thread's directory as the project: pact_init creates the project
// there and pact_status then reads it. Exits non-zero with the reason on the first failed check.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";

const [codex, projectDir, expectedSkill, expectedPlugin] = process.argv.slice(2);
if (!codex || !projectDir || !expectedSkill) {
  console.error("usage: node codex-probe.mjs <codex> <project-dir> <expected-skill-name> [<expected-plugin-id>]");
  process.exit(2);
}

const server = spawn(codex, ["app-server"], { stdio: ["pipe", "pipe", "ignore"] });
const pending = new Map();
let nextId = 1;
// Responses are matched by id; notifications (config warnings, startup status, …) are not needed here.
readline.createInterface({ input: server.stdout }).on("line", line => {
  let message;
  try { message = JSON.parse(line); } catch { return; }
  const waiter = message.id !== undefined && pending.get(message.id);
  if (waiter) { pending.delete(message.id); waiter(message); }
});

function request(method, params, seconds = 60) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`codex app-server did not answer ${method} in ${seconds} s`)), seconds * 1000);
    pending.set(id, message => {
      clearTimeout(timer);
      if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
      else resolve(message.result);
    });
    server.stdin.write(JSON.stringify({ id, method, params }) + "\n");
  });
}

// `what` is printed when the check passes; `detail` is added to the error when it fails.
function check(condition, what, detail = "") {
  if (!condition) throw new Error(`expected: ${what}${detail ? ` (${detail})` : ""}`);
  console.log(`ok: codex: ${what}`);
}

try {
  await request("initialize", { clientInfo: { name: "pact-ci", version: "0" } });
  server.stdin.write(JSON.stringify({ method: "initialized" }) + "\n");

  const statuses = (await request("mcpServerStatus/list", {})).data;
  const pact = statuses.find(s => s.name === "pact");
  check(pact, "an MCP server named pact is configured", statuses.map(s => s.name).join(", "));
  check(!pact.toolsError, "the pact server started", pact.toolsError);
  const tools = Object.keys(pact.tools ?? {});
  check(["pact_init", "pact_status", "pact_validate", "pact_test"].every(t => tools.includes(t)),
    `pact's core tools are listed (${tools.length} tools)`, tools.join(", "));
  check((pact.pluginId ?? null) === (expectedPlugin ?? null),
    `the server comes from ${expectedPlugin ?? "config.toml"}`, `it came from ${pact.pluginId ?? "config.toml"}`);

  const skills = (await request("skills/list", { cwds: [projectDir], forceReload: true })).data
    .flatMap(entry => entry.skills);
  check(skills.some(s => s.name === expectedSkill && s.enabled),
    `the skill ${expectedSkill} is found`, `Codex found: ${skills.map(s => s.name).join(", ")}`);

  // A thread in the project directory: Codex gives the server that directory as its root.
  const thread = (await request("thread/start", { cwd: projectDir, ephemeral: true })).thread;
  const call = async (tool, args) => (await request("mcpServer/tool/call", { server: "pact", threadId: thread.id, tool, arguments: args }, 120));
  const init = await call("pact_init", {});
  check(!init.isError && init.structuredContent?.outcome === "ok",
    "pact_init called through Codex succeeded", JSON.stringify(init).slice(0, 600));
  check(existsSync(path.join(projectDir, "pact.yaml")), `pact_init created ${projectDir}/pact.yaml`);
  const status = await call("pact_status", {});
  const next = status.structuredContent?.data?.next;
  check(!status.isError && next, `pact_status called through Codex reads the project and names the next step (${next?.tool})`,
    JSON.stringify(status).slice(0, 600));
  console.log("codex probe: all checks passed");
} catch (error) {
  console.error(`codex probe failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  server.kill();
}
