// A syntax check of PowerShell scripts without PowerShell: parses each file with the
// tree-sitter PowerShell grammar (WebAssembly, from target/lint-tools) and prints every syntax
// error. PowerShell itself cannot be installed here; this catches unbalanced braces, broken
// strings and malformed statements, not what only running the script would show.
//
//   node ps-syntax.cjs FILE...
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const modules = path.resolve(__dirname, "../../target/lint-tools/node_modules");
// Packages are resolved from there, by their own package.json (as `require` would).
const load = require("node:module").createRequire(path.join(modules, "..", "package.json"));
const { Parser, Language } = load("web-tree-sitter");

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node ps-syntax.cjs FILE...");
    process.exit(2);
  }
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(load.resolve("tree-sitter-powershell/tree-sitter-powershell.wasm")));
  let errors = 0;
  for (const file of files) {
    const tree = parser.parse(fs.readFileSync(file, "utf8"));
    const bad = [];
    const walk = (node) => {
      if (node.isError || node.isMissing) bad.push(node);
      else if (node.hasError) for (const child of node.children) walk(child);
    };
    walk(tree.rootNode);
    for (const node of bad) {
      const what = node.isMissing ? `missing ${node.type}` : "syntax error";
      const { row, column } = node.startPosition;
      console.log(`${file}:${row + 1}:${column + 1}: ${what}: ${node.text.split("\n")[0].slice(0, 80)}`);
    }
    errors += bad.length;
  }
  console.log(`PowerShell syntax: ${files.length} files, ${errors} errors`);
  process.exit(errors === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
