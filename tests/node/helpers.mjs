// Shared by the Node tests: where the built package is, and a way to run a
// snippet in a fresh Node process (the package starts one Go program per
// process, so loading variants each need their own).
import { execFile } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PKG = join(ROOT, "dist", "npm");
export const PKG_URL = pathToFileURL(PKG + "/").href;
// Loaded into every snippet's process too: no test process reaches past loopback.
const GUARD = pathToFileURL(join(ROOT, "tests", "loopback-only.mjs")).href;

/** The DoH URL of the DNS test stack scripts/test-node.sh started. */
export const DOH_URL = process.env.MONGOURI_DOH_URL;

/**
 * Runs an ES module snippet in a new Node process; it should print one JSON
 * line. Resolves to {value, stdout, stderr, code}.
 */
export function runNode(code, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--import", GUARD, "--input-type=module", "-e", code], { cwd, env: { ...process.env, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err && err.killed) return reject(new Error(`snippet timed out: ${stderr}`));
        const last = stdout.trim().split("\n").pop() ?? "";
        let value;
        try { value = JSON.parse(last); } catch { value = undefined; }
        resolve({ value, stdout, stderr, code: err ? err.code : 0 });
      });
  });
}
