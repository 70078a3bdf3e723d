// Verifies one captured delivery with the Standard Webhooks reference library, as a receiver would.
// Usage: node verify.js <file.json> with {secret, id, timestamp, signature, body}; exit 0 when it verifies.
const fs = require("fs");
const { Webhook } = require("standardwebhooks");
const d = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
try {
  new Webhook(d.secret).verify(d.body, {
    "webhook-id": d.id,
    "webhook-timestamp": d.timestamp,
    "webhook-signature": d.signature,
  });
  console.log("verified");
} catch (e) {
  console.error("refused: " + e.message);
  process.exit(1);
}
