#!/usr/bin/env bash
# Issue 21's benches, one after the other, for a quiet machine (about 20 minutes; bench/README.md).
#
#   bench/quiet_runs.sh 2>&1 | tee quiet-runs.log
#
# Needs the 1,000,000-response database already built (it is only reused here, never loaded):
#   createdb -h 127.0.0.1 -U postgres yv_dashboard_bench
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/yv_dashboard_bench .venv/bin/python \
#       bench/dashboard_queries.py --responses 1000000 --repeats 1 --no-pandas
# and PostgreSQL, Redis, and for the last step HAProxy and PgBouncer (apt-get install haproxy pgbouncer).
# Each step prints the load average before and after it, and how long it took.
#
# Settings (environment):
#   DASHBOARD_BEFORE  the code the dashboard is timed against, before the roll-ups (default f84e08b);
#                     empty: no "before" column (it is the slow part: about 2 minutes on a quiet machine)
#   JOURNEY_BEFORE    the code the journey's CPU and the 50 clients' load are compared with (default 8db1eb3,
#                     before issue 21 part 2's second round); empty: this code alone
#   REPEATS           dashboard filter sets' repeats (default 3)
#   SKIP              steps to leave out, e.g. "multi pgbouncer"
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PG=postgres://postgres@127.0.0.1:5432
DASHBOARD_BEFORE=${DASHBOARD_BEFORE-f84e08b}
JOURNEY_BEFORE=${JOURNEY_BEFORE-8db1eb3}
REPEATS=${REPEATS:-3}
SKIP=${SKIP:-}
failed=()

step() {
    local name=$1
    shift
    if [[ " $SKIP " == *" $name "* ]]; then
        echo "== $name: skipped (SKIP)"
        return
    fi
    echo
    echo "== $name: $*"
    echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)   $(date '+%H:%M:%S')"
    local started=$SECONDS
    "$@"
    local status=$?
    echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)   $(date '+%H:%M:%S')   took $((SECONDS - started)) s, exit $status"
    ((status == 0)) || failed+=("$name")
}

profile_db() {
    dropdb -h 127.0.0.1 -U postgres --if-exists --force yv_quiet_profile && createdb -h 127.0.0.1 -U postgres yv_quiet_profile
}

echo "quiet_runs: $(git rev-parse --short HEAD), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
total=$SECONDS

# 1. The whole dashboard at 1,000,000 responses: roll-ups, pandas and DuckDB (and the code before the roll-ups).
compare=(--peers)
[[ -n $DASHBOARD_BEFORE ]] && compare=(--compare-with "$DASHBOARD_BEFORE")
step dashboard env DATABASE_URL=$PG/yv_dashboard_bench REDIS_URL=redis://127.0.0.1:6379/9 \
    $PY bench/dashboard_queries.py --keep --repeats "$REPEATS" "${compare[@]}"

# 2. What the roll-up triggers cost a send, with and without them, alternating.
step rollups env DATABASE_URL=$PG/yv_dashboard_bench REDIS_URL=redis://127.0.0.1:6379/9 \
    $PY bench/rollup_write_cost.py --submissions 100 --rounds 4

# 3. A journey page's CPU in-process, before and after in the same run.
journey=(--journeys 30)
[[ -n $JOURNEY_BEFORE ]] && journey=(--compare-with "$JOURNEY_BEFORE" --journeys 30 --rounds 3)
profile_db
step journey env DATABASE_URL=$PG/yv_quiet_profile REDIS_URL=redis://127.0.0.1:6379/10 \
    $PY bench/journey_profile.py "${journey[@]}"

# 4. 50 clients back to back through gunicorn + PostgreSQL: JOURNEY_BEFORE's code (its src/ from git, with
#    this tree's compiled translations, first on the path), then this code.
if [[ -n $JOURNEY_BEFORE ]]; then
    before_tree=$(mktemp -d)
    git archive "$JOURNEY_BEFORE" src | tar -x -C "$before_tree"
    (cd src && find . -name '*.mo' -exec cp --parents {} "$before_tree/src/" \;)
    step load-before env PYTHONPATH="$before_tree/src" \
        $PY bench/submit_load.py --duration 40 --sync-only --redis redis://127.0.0.1:6379/11
    rm -rf "$before_tree"
fi
step load $PY bench/submit_load.py --duration 40 --sync-only --redis redis://127.0.0.1:6379/11

# 5. Two servers behind HAProxy, one killed mid-run; then the same with PgBouncer.
if command -v haproxy >/dev/null; then
    step multi $PY bench/multi_server.py --redis redis://127.0.0.1:6379/12
    if command -v pgbouncer >/dev/null; then
        step pgbouncer $PY bench/multi_server.py --pgbouncer --redis redis://127.0.0.1:6379/12
    fi
else
    echo "== multi: skipped, haproxy is not installed (apt-get install haproxy pgbouncer)"
fi

echo
echo "quiet_runs: done in $((SECONDS - total)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if ((${#failed[@]})); then
    echo "quiet_runs: failed: ${failed[*]}"
    exit 1
fi
