// Asks the real Codex CLI, through its app-server (stdio JSON-RPC, no login needed), what it made of Pact:
//   node codex-probe.mjs <codex> <project-dir> <expected-skill-name> [<expected-plugin-id>]
// Checks that Codex started both Pact MCP servers and listed their tools (from the given plugin, or from config.toml
// when no plugin id is given): `pact` (role code) without any audit-side tool and `pact-audit` (role audit) with
// them; that it discovered the pact-engineer skill under the expected name; and that tool calls made through Codex
// reach Pact with the thread's directory as the project: pact_init (pact-audit) creates the project there and
// pact_status (pact) then reads it. Exits non-zero with the reason on the first failed check.
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
  const serverTools = name => {
    const found = statuses.find(s => s.name === name);
    check(found, `an MCP server named ${name} is configured`, statuses.map(s => s.name).join(", "));
    check(!found.toolsError, `the ${name} server started`, found.toolsError);
    check((found.pluginId ?? null) === (expectedPlugin ?? null),
      `the ${name} server comes from ${expectedPlugin ?? "config.toml"}`, `it came from ${found.pluginId ?? "config.toml"}`);
    return Object.keys(found.tools ?? {});
  };
  const codeTools = serverTools("pact");
  check(["pact_status", "pact_validate", "pact_test", "pact_polish"].every(t => codeTools.includes(t)),
    `pact's core tools are listed (${codeTools.length} tools)`, codeTools.join(", "));
  const auditSide = ["pact_init", "pact_goodhart", "pact_tests", "pact_contract", "pact_unfreeze", "pact_adjudicate"];
  check(!codeTools.some(t => auditSide.includes(t)), "the pact server (role code) lists no audit-side tool", codeTools.join(", "));
  const auditTools = serverTools("pact-audit");
  check(auditSide.every(t => auditTools.includes(t)), `pact-audit lists the audit-side tools (${auditTools.length} tools)`, auditTools.join(", "));

  const skills = (await request("skills/list", { cwds: [projectDir], forceReload: true })).data
    .flatMap(entry => entry.skills);
  check(skills.some(s => s.name === expectedSkill && s.enabled),
    `the skill ${expectedSkill} is found`, `Codex found: ${skills.map(s => s.name).join(", ")}`);

  // A thread in the project directory: Codex gives the server that directory as its root.
  const thread = (await request("thread/start", { cwd: projectDir, ephemeral: true })).thread;
  const call = async (name, tool, args) => (await request("mcpServer/tool/call", { server: name, threadId: thread.id, tool, arguments: args }, 120));
  const init = await call("pact-audit", "pact_init", {});
  check(!init.isError && init.structuredContent?.outcome === "ok",
    "pact_init called through Codex on pact-audit succeeded", JSON.stringify(init).slice(0, 600));
  check(existsSync(path.join(projectDir, "pact.yaml")), `pact_init created ${projectDir}/pact.yaml`);
  const status = await call("pact", "pact_status", {});
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
