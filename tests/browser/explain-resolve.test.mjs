// The Explain tab after Resolve, against the local DNS stack
// (scripts/dnsstack.sh, records in records.txt): commands for each server
// the SRV record gives, with their real names and ports and no credentials.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { useSite, offersResolve } from "./harness.mjs";
import { leaks, domLeaks } from "./secrets.mjs";

const USER = "nodecheck-user-4t";
const PASSWORD = "N0de$ecret@5/ö";
const URI = `mongodb+srv://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@cluster0.mongouri.test/shop?appName=docs`;

const site = useSite({ dns: true });

test("after Resolve, Explain lists commands for each resolved server, and drops them when the string changes", async (t) => {
  const b = await site.open();
  const { page, log } = b;
  try {
    const input = page.locator('[data-mu="input"]');
    const panel = page.locator('[data-mu="panel-explain"]');
    await input.fill(URI);
    await page.getByRole("tab", { name: "Explain" }).click();
    if (!(await offersResolve(page))) {
      t.skip("this build of the module has no resolve()");
      return;
    }
    // Before Resolve: the SRV name's own commands, and no per-server ones.
    const srvLines = await panel.locator('[data-x="commands"] pre').allTextContents();
    assert.ok(srvLines.includes("dig SRV _mongodb._tcp.cluster0.mongouri.test"), srvLines.join("\n"));
    assert.equal(await panel.locator('[data-x="node-cmds"]').count(), 0);

    await page.getByRole("button", { name: "Resolve" }).click();
    const nodes = panel.locator('[data-x="node-cmds"]');
    await nodes.waitFor();
    const hosts = await nodes.locator(".mu-x-group").evaluateAll((els) => els.map((e) => e.dataset.host));
    assert.deepEqual(hosts.sort(), ["node-a.cluster0.mongouri.test", "node-b.cluster0.mongouri.test", "node-c.cluster0.mongouri.test"]);
    const lines = await nodes.locator("pre").allTextContents();
    for (const want of ["nc -zv node-a.cluster0.mongouri.test 27017", "nc -zv node-c.cluster0.mongouri.test 27018",
      "Test-NetConnection -ComputerName node-b.cluster0.mongouri.test -Port 27017",
      "openssl s_client -connect node-c.cluster0.mongouri.test:27018 -servername node-c.cluster0.mongouri.test </dev/null"]) {
      assert.ok(lines.includes(want), `${want} among the per-server commands`);
    }
    assert.match(await nodes.textContent(), /The SRV record gave 3 servers/);
    const text = lines.join("\n");
    assert.ok(!text.includes(USER) && !text.includes(encodeURIComponent(PASSWORD)), "no credentials in a command");
    assert.deepEqual(await domLeaks(panel, [PASSWORD]), [], "the password stays masked in the Explain tab");

    // Another string: the answer no longer applies, and its commands go.
    await input.fill(URI.replace("appName=docs", "appName=other"));
    await panel.locator('[data-x="node-cmds"]').waitFor({ state: "detached" });

    assert.deepEqual(leaks(log.requests, [USER, PASSWORD]), []);
    const csp = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
    assert.deepEqual(csp, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await b.close();
  }
});
