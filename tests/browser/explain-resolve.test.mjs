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

test("after Resolve, the summary and Explain use what DNS said: the TXT record's options and a command per server; a new string drops them", async (t) => {
  const b = await site.open();
  const { page, log } = b;
  try {
    const input = page.locator('[data-mu="input"]');
    const panel = page.locator('[data-mu="panel-explain"]');
    const facts = page.locator('[data-mu="summary"] .mu-driver');
    await input.fill(URI);
    await page.getByRole("tab", { name: "Explain" }).click();
    if (!(await offersResolve(page))) {
      t.skip("this build of the module has no resolve()");
      return;
    }
    // Before Resolve: the SRV name's own commands, no replica set known.
    await panel.locator('details[data-fold="commands"] > summary').click();
    await panel.locator('[data-x="commands"] pre').first().waitFor(); // a fold draws its body when opened
    const srvLines = await panel.locator('[data-x="commands"] pre').allTextContents();
    assert.ok(srvLines.includes("dig SRV _mongodb._tcp.cluster0.mongouri.test"), srvLines.join("\n"));
    assert.equal(await panel.locator('[data-x="commands"] .mu-x-group[data-host^="node-"]').count(), 0);
    assert.doesNotMatch(await facts.textContent(), /atlas-rs0/);

    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await page.locator(".mu-resolve [role=status]", { hasText: "Answered" }).waitFor();
    await panel.locator('[data-x="commands"] .mu-x-group[data-host^="node-"]').first().waitFor();
    // The summary and the configuration now say what the TXT record set.
    assert.match(await facts.textContent(), /Replica setatlas-rs0 \(the SRV name's TXT record\)/);
    assert.match(await panel.locator('tr[data-setting="replicaSet"]').textContent(), /^replicaSetatlas-rs0the SRV name's TXT record/);
    const hosts = await panel.locator('[data-x="commands"] .mu-x-group[data-host^="node-"]').evaluateAll((els) => els.map((e) => e.dataset.host));
    assert.deepEqual(hosts.sort(), ["node-a.cluster0.mongouri.test", "node-b.cluster0.mongouri.test", "node-c.cluster0.mongouri.test"]);
    await panel.locator('[data-x="commands"] .mu-x-group:not([open])').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    const lines = await panel.locator('[data-x="commands"] pre').allTextContents();
    for (const want of ["nc -zv node-a.cluster0.mongouri.test 27017", "nc -zv node-c.cluster0.mongouri.test 27018",
      "Test-NetConnection -ComputerName node-b.cluster0.mongouri.test -Port 27017"]) {
      assert.ok(lines.includes(want), `${want} among the per-server commands`);
    }
    const text = lines.join("\n");
    assert.ok(!text.includes(USER) && !text.includes(encodeURIComponent(PASSWORD)), "no credentials in a command");
    const summary = page.locator('[data-mu="summary"]');
    assert.deepEqual([...(await domLeaks(summary, [PASSWORD])), ...(await domLeaks(panel, [PASSWORD]))], [], "the password stays masked");

    // Another string: the answer no longer applies, and what it added goes.
    await input.fill(URI.replace("appName=docs", "appName=other"));
    assert.equal(await panel.locator('[data-x="commands"] .mu-x-group[data-host^="node-"]').count(), 0);
    assert.doesNotMatch(await facts.textContent(), /atlas-rs0/);

    assert.deepEqual(leaks(log.requests, [USER, PASSWORD]), []);
    const csp = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
    assert.deepEqual(csp, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await b.close();
  }
});
