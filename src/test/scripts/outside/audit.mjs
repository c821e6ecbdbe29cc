// The GraphQL-over-HTTP audit suite (npm package graphql-http) against a running server; prints what is not ok.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql   (with graphql-http installed next to it, see docs/operations.md)
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  counts[result.status]++;
  if (result.status !== 'ok' && result.status !== 'notice') {
    console.log(`${result.status.toUpperCase()} ${audit.id} ${audit.name}: ${result.reason}`);
  }
}
console.log(`ok ${counts.ok}, warn ${counts.warn}, error ${counts.error}`);
process.exit(counts.error === 0 && counts.warn === 0 ? 0 : 1);
