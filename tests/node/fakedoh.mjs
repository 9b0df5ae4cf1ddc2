// A DNS-over-HTTPS endpoint in a fetch function, for tests that need many
// answers fast and no network: it reads the GET's ?dns= question and
// answers SRV and TXT questions for clusterN.example.net from a table.
// Nothing here listens on a socket.

/** The records a name has: SRV targets (port 27017) and TXT strings. */
export function records(name) {
  const m = /^(?:_mongodb\._tcp\.)?(cluster\d+)\.example\.net$/.exec(name);
  if (!m) return null;
  return {
    srv: [1, 2, 3].map((i) => `${m[1]}-shard-00-0${i}.example.net`),
    txt: ["replicaSet=atlas-rs0&authSource=admin"],
  };
}

/**
 * fakeFetch(delay) is a fetch that answers DoH GETs after delay() ms
 * (default 0), honouring the request's AbortSignal.
 */
export function fakeFetch(delay = () => 0) {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const signal = init?.signal;
      const fail = () => reject(signal.reason ?? new DOMException("aborted", "AbortError"));
      if (signal?.aborted) return fail();
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", fail);
        resolve(answer(url));
      }, delay());
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        fail();
      }, { once: true });
    });
}

/** The Response for one DoH GET. */
export function answer(url) {
  const q = Buffer.from(new URL(url).searchParams.get("dns") ?? "", "base64url");
  const { name, type, end } = question(q);
  const rec = records(name);
  const answers = [];
  if (rec && type === 33) {
    for (const target of rec.srv) answers.push(rr(33, [u16(0), u16(0), u16(27017), labels(target)]));
  } else if (rec && type === 16) {
    for (const t of rec.txt) answers.push(rr(16, [Uint8Array.of(t.length), Buffer.from(t)]));
  }
  const header = Buffer.concat([u16(0), u16(rec ? 0x8180 : 0x8183), u16(1), u16(answers.length), u16(0), u16(0)]);
  const body = Buffer.concat([header, q.subarray(12, end), ...answers]);
  return new Response(body, { status: 200, headers: { "content-type": "application/dns-message" } });
}

function question(q) {
  const parts = [];
  let i = 12;
  while (i < q.length && q[i] !== 0) {
    parts.push(q.subarray(i + 1, i + 1 + q[i]).toString("latin1"));
    i += 1 + q[i];
  }
  i++; // the root label
  return { name: parts.join("."), type: q.readUInt16BE(i), end: i + 4 };
}

function rr(type, rdata) {
  const data = Buffer.concat(rdata);
  // The owner is the question's name, by a pointer to offset 12.
  return Buffer.concat([u16(0xc00c), u16(type), u16(1), Buffer.from([0, 0, 0, 60]), u16(data.length), data]);
}

function labels(name) {
  return Buffer.concat([...name.split(".").map((l) => Buffer.concat([Uint8Array.of(l.length), Buffer.from(l)])), Uint8Array.of(0)]);
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
