// Compile jobkit's schemas with ajv in strict mode (Draft 2020-12) and, optionally, validate
// JSON documents. Usage: node check-schemas.js SCHEMA_DIR [DOCS.json]
// DOCS.json: [{"schema": "job", "name": "...", "data": {...}}, ...]. Prints JSON results.
// A doc may give "yaml" (text) instead of "data": it is read by the yaml package, YAML 1.2
// core schema, as yaml-language-server reads it in an editor.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const YAML = require("yaml");

const [schemaDir, docsFile] = process.argv.slice(2);
const warnings = [];
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  logger: { log() {}, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) },
});
const compiled = {};
const errors = {};
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort()) {
  const name = path.basename(file, ".json");
  try {
    compiled[name] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8")));
  } catch (e) {
    errors[name] = String(e.message || e);
  }
}
const verdicts = [];
if (docsFile) {
  for (const doc of JSON.parse(fs.readFileSync(docsFile, "utf8"))) {
    const validate = compiled[doc.schema];
    const data = doc.yaml !== undefined ? YAML.parse(doc.yaml, { version: "1.2" }) : doc.data;
    verdicts.push({ name: doc.name, valid: validate ? validate(data) : null,
                    errors: validate && validate.errors ? validate.errors.length : 0 });
  }
}
process.stdout.write(JSON.stringify({ compiled: Object.keys(compiled), errors, warnings, verdicts }));
