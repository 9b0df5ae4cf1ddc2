// Starts the scripts/serve binary (bin) with args and resolves, once it has
// said where it listens, to { url, proc, stop }. The one reader of the line
// main.go prints ("serving http://127.0.0.1:PORT/"), for the browser tests'
// harness and the browser benchmark.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export async function startServe(bin, args) {
  const proc = spawn(bin, args, { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: proc.stdout });
  const url = await new Promise((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    lines.on("line", (line) => {
      const m = /^serving (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      if (m) resolve(m[1]);
    });
  });
  return { url, proc, stop: () => new Promise((resolve) => { proc.once("exit", resolve); proc.kill(); }) };
}
