#!/usr/bin/env bash
# Starts the packaged app on 127.0.0.1 against a generated database, waits until it answers, prints its pid.
# Usage: src/test/scripts/run-app.sh JDBC_URL [PORT] [APP_DIR]
#   H2:         src/test/scripts/run-app.sh 'jdbc:h2:file:/tmp/newsgraph-bench/g10k/newsgraph;DB_CLOSE_ON_EXIT=FALSE'
#   PostgreSQL: src/test/scripts/run-app.sh 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench' 18080 target/quarkus-app-pg
# Stop it with: kill <pid>
set -euo pipefail
url=${1:?JDBC URL of the generated database}
port=${2:-18080}
app=${3:-target/quarkus-app}
log=${LOG:-/tmp/newsgraph-bench/app-$port.log}
mkdir -p "$(dirname "$log")"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "something already listens on 127.0.0.1:$port; stop it or pick another port" >&2
  exit 1
fi
user=sa
[[ $url == jdbc:postgresql:* ]] && user=postgres
java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username="$user" \
  -Dnewsgraph.seed.enabled=true -Dnewsgraph.rate-limit.enabled=false -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
    echo "$pid"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "app exited, see $log" >&2; exit 1; }
  sleep 1
done
echo "app not ready after 120 s, see $log" >&2
kill "$pid"
exit 1
