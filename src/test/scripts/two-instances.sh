#!/usr/bin/env bash
# Two instances of the service against one PostgreSQL schema stay consistent (docs/operations.md, "Scaling out").
#
#   bash src/test/scripts/two-instances.sh        (needs the local PostgreSQL server, as mvn verify does)
#
# Builds the postgres jar into target/postgres-app, creates a fresh schema, starts instance A (loads the seed
# dataset through the ingest path) and instance B (seed disabled: it writes nothing) at the same time, so both run
# Flyway concurrently. Then: B serves every row A wrote; a row inserted and then updated with SQL in the shared
# database is read through A and B at once, with no stale copy on either; and live updates cross instances:
# subscribers on B (graphChanged, statementAdded; src/test/scripts/Subscribe.java, a graphql-transport-ws client on
# the JDK's WebSocket) and on A receive, once each, a report ingested through A's API, and B serves it.
# Stops both and drops the schema. Exit 0 = consistent.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
SCHEMA="ng_two_$(od -An -N5 -tx1 /dev/urandom | tr -d ' \n')"
PSQL=(psql -h 127.0.0.1 -U "$PG_USER" -d test -v ON_ERROR_STOP=1 -Atq)
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "${PSQL[@]}" -c "set client_min_messages = warning; drop schema if exists $SCHEMA cascade" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

gql() { # port query
  curl -sf "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' \
    -d "$(printf '{"query":%s}' "$(jq -Rs . <<<"$2")")"
}

mvn -B -q -DskipTests -Dquarkus.profile=postgres -Dquarkus.package.output-directory=postgres-app package
"${PSQL[@]}" -c "create schema $SCHEMA"

start() { # name port seed-enabled
  NEWSGRAPH_DB_URL="$PG_URL?currentSchema=$SCHEMA" NEWSGRAPH_DB_USER="$PG_USER" QUARKUS_HTTP_PORT="$2" \
    NEWSGRAPH_SEED_ENABLED="$3" QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR=editor \
    QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR=editor \
    java -jar target/postgres-app/quarkus-run.jar >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
start A "$PORT_A" true
start B "$PORT_B" false

for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "instance on $port not ready"; cat "$WORK"/*.log; exit 1; }
done
echo "both instances ready on schema $SCHEMA"

COUNTS='{ actors { totalCount } statements { totalCount } events { totalCount } sources { totalCount } }'
a=$(gql "$PORT_A" "$COUNTS"); b=$(gql "$PORT_B" "$COUNTS")
echo "A: $a"; echo "B: $b"
[[ "$a" == "$b" && "$a" == *'"statements":{"totalCount":12}'* ]] || { echo "FAIL: B does not serve what A wrote"; exit 1; }

migrations=$("${PSQL[@]}" -c "select count(*) from $SCHEMA.flyway_schema_history where success")
echo "migrations applied once each: $migrations rows in flyway_schema_history"

"${PSQL[@]}" -c "insert into $SCHEMA.actor (id, slug, name, kind, created_at) values (nextval('$SCHEMA.actor_seq'), 'via-b', 'Written Via B', 'GROUP', now())"
name=$(gql "$PORT_A" '{ actor(slug: "via-b") { name } }')
echo "A reads: $name"
[[ "$name" == *'Written Via B'* ]] || { echo "FAIL: A does not see the write"; exit 1; }
"${PSQL[@]}" -c "update $SCHEMA.actor set name = 'Renamed' where slug = 'via-b'"
[[ "$(gql "$PORT_B" '{ actor(slug: "via-b") { name } }')" == *Renamed* ]] || { echo "FAIL: B does not see the update"; exit 1; }
[[ "$(gql "$PORT_A" '{ actor(slug: "via-b") { name } }')" == *Renamed* ]] || { echo "FAIL: A does not see the update"; exit 1; }

# ---- live updates across instances
for port in "$PORT_A" "$PORT_B"; do
  echo "$port live updates: $(curl -sf "http://127.0.0.1:$port/q/health/ready" | jq -c '.checks[] | select(.name == "live-updates") | .data')"
done
subscribe() { # name port query count
  java src/test/scripts/Subscribe.java "ws://127.0.0.1:$2/graphql" "$3" "$4" 30 >"$WORK/$1.out" 2>"$WORK/$1.err" &
  PIDS+=($!)
  for _ in $(seq 1 60); do grep -q subscribed "$WORK/$1.err" 2>/dev/null && return; sleep 0.5; done
  echo "FAIL: could not subscribe $1"; cat "$WORK/$1.err"; exit 1
}
subscribe b-changes "$PORT_B" 'subscription { graphChanged(types: [ACTOR, STATEMENT]) { user via changes { type operation count ids } } }' 1
subscribe b-statements "$PORT_B" 'subscription { statementAdded(filter: { speaker: "two-instances-speaker" }) { slug speaker sources } }' 1
subscribe a-changes "$PORT_A" 'subscription { graphChanged { via changes { type operation count } } }' 2

BUNDLE='{"actors": [{"slug": "two-instances-speaker", "name": "Two Instances Speaker", "kind": "PERSON"}],
  "statements": [{"slug": "two-instances-1", "speaker": "two-instances-speaker", "stance": "CONDEMN",
    "subject": {"event": "nk-russia-military-cooperation"}, "summary": "Condemned it.",
    "evidence": [{"source": "nk-troop-surge-in-russia", "text": "condemned the military collaboration"}]}]}'
started=$(date +%s%3N)
ingest=$(curl -sf -u editor:editor "http://127.0.0.1:$PORT_A/graphql" -H 'Content-Type: application/json' \
  -d "$(jq -nc --argjson b "$BUNDLE" '{query: "mutation($b: BundleInput!) { ingestBundle(bundle: $b) { counts { type created } } }", variables: {b: $b}}')")
echo "ingest through A: $ingest"
[[ "$ingest" != *errors* ]] || { echo "FAIL: the ingest through A was refused"; exit 1; }
# a dry run through A must reach nobody: A's subscriber waits for 2 events and gets the next real write instead
curl -sf -u editor:editor "http://127.0.0.1:$PORT_A/graphql" -H 'Content-Type: application/json' \
  -d "$(jq -nc --argjson b "$BUNDLE" '{query: "mutation($b: BundleInput!) { ingestBundle(bundle: $b, dryRun: true) { dryRun } }", variables: {b: $b}}')" >/dev/null
curl -sf -u editor:editor "http://127.0.0.1:$PORT_A/graphql" -H 'Content-Type: application/json' \
  -d '{"query": "mutation { createLocation(location: {slug: \"two-instances-place\", name: \"Two Instances Place\", kind: CITY}) { slug } }"}' >/dev/null

await_lines() { # name count: waits until the subscriber printed that many events
  for _ in $(seq 1 60); do [[ $(wc -l <"$WORK/$1.out") -ge $2 ]] && return; sleep 0.5; done
  echo "FAIL: $1 received $(wc -l <"$WORK/$1.out") of $2 events"; cat "$WORK/$1.out" "$WORK/$1.err"; exit 1
}
await_lines b-changes 1; await_lines b-statements 1; await_lines a-changes 2
b_change=$(jq -c '.payload.data.graphChanged' "$WORK/b-changes.out")
b_statement=$(jq -c '.payload.data.statementAdded' "$WORK/b-statements.out")
echo "B graphChanged: $b_change"
echo "B statementAdded: $b_statement"
echo "A graphChanged: $(jq -c '.payload.data.graphChanged' "$WORK/a-changes.out" | paste -sd ' ')"
[[ $(jq -r '.user + " " + (.changes | map(.type + ":" + .operation + ":" + (.count | tostring)) | join(","))' <<<"$b_change") \
  == "editor ACTOR:CREATE:1,STATEMENT:CREATE:1" ]] || { echo "FAIL: B's graphChanged subscriber did not get A's write"; exit 1; }
[[ $(jq -r .slug <<<"$b_statement") == two-instances-1 ]] || { echo "FAIL: B's statementAdded subscriber did not get it"; exit 1; }
[[ $(jq -r '.payload.data.graphChanged.via' "$WORK/a-changes.out" | paste -sd '|') == "ingestBundle bundle:-|createLocation" ]] \
  || { echo "FAIL: A's own subscriber got the writes other than once each, or the dry run"; exit 1; }
served=$(gql "$PORT_B" '{ statement(slug: "two-instances-1") { speaker { name } } }')
[[ "$served" == *'Two Instances Speaker'* ]] || { echo "FAIL: B does not serve the statement A ingested: $served"; exit 1; }
b_at=$(sed -n 's/^received at //p' "$WORK/b-changes.err" | head -1)
echo "graphChanged on B $((b_at - started)) ms after the ingest request to A was sent (request, commit, NOTIFY, delivery)"
echo "live updates: B's subscribers got the write made through A; A's got each write once, not the dry run"
echo "consistent: both instances serve every committed write"
