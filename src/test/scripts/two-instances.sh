#!/usr/bin/env bash
# Two instances of the service against one PostgreSQL schema stay consistent (docs/operations.md, "Scaling out").
#
#   bash src/test/scripts/two-instances.sh        (needs the local PostgreSQL server, as mvn verify does)
#
# Builds the postgres jar into target/postgres-app, creates a fresh schema, starts instance A (loads the seed
# dataset through the ingest path) and instance B (seed disabled: it writes nothing) at the same time, so both run
# Flyway concurrently. Then: B serves every row A wrote; a row inserted and then updated with SQL in the shared
# database (this branch has no write mutation yet) is read through A and B at once, with no stale copy on either.
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
    NEWSGRAPH_SEED_ENABLED="$3" java -jar target/postgres-app/quarkus-run.jar >"$WORK/$1.log" 2>&1 &
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
echo "consistent: both instances serve every committed write"
