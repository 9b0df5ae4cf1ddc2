// Every spelling of a secret a request could carry it in: as typed,
// percent-encoded (both ways browsers and encoders do it), base64 and
// base64url (with and without padding), and hex.
export function encodings(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const b64 = bytes.toString("base64");
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    escape(secret),
    b64,
    b64.replace(/=+$/, ""),
    bytes.toString("base64url"),
    bytes.toString("hex"),
    bytes.toString("hex").toUpperCase(),
  ]);
  return [...forms].filter((f) => f.length >= 4);
}

/** Returns the requests (url, headers, body) that contain any form of any secret. */
export function leaks(requests, secrets) {
  const found = [];
  for (const r of requests) {
    const hay = [r.url, decodeSafe(r.url), JSON.stringify(r.headers), r.body ?? ""].join("\n");
    for (const s of secrets) {
      for (const form of encodings(s)) {
        if (hay.includes(form)) found.push(`${r.method} ${r.url} carries ${JSON.stringify(s)} as ${JSON.stringify(form)}`);
      }
    }
  }
  return found;
}

function decodeSafe(u) {
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}

/**
 * Returns the forms of secrets found in the part of the page a locator
 * names: its markup (attribute values included), its text, and the values
 * of its form controls, which the markup does not show.
 */
export async function domLeaks(locator, secrets) {
  const hay = await locator.evaluate((root) => {
    const values = [...root.querySelectorAll("input, textarea, select")].map((e) => e.value);
    return [root.outerHTML, root.textContent, ...values].join("\n");
  });
  const found = [];
  for (const s of secrets) {
    for (const form of encodings(s)) {
      if (hay.includes(form)) found.push(`${JSON.stringify(s)} as ${JSON.stringify(form)}`);
    }
  }
  return found;
}
