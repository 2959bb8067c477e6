// Pact's contract-typed values for node: registers the hooks that wrap the component modules' contract functions.
import { register } from "node:module";
import { readFileSync } from "node:fs";
const spec = JSON.parse(readFileSync(new URL("./contract_types.json", import.meta.url), "utf8"));
register(new URL("./contract-types-hooks.mjs", import.meta.url), { data: spec });
