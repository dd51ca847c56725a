#!/usr/bin/env bash
# Starts, waits for and stops a throw-away Virtuoso Open Source server for the push tests and the bench.
#
#   scripts/virtuoso.sh start   # fresh database in $NEWSGRAPH_VIRTUOSO_DIR (default .tmp/virtuoso), PID recorded
#   scripts/virtuoso.sh wait    # blocks until /sparql answers (at most $NEWSGRAPH_VIRTUOSO_WAIT seconds, default 90)
#   scripts/virtuoso.sh stop    # SIGTERM to the recorded PID, then waits for it to exit
#   scripts/virtuoso.sh status  # prints "running <pid>" or "stopped"
#
# The configuration is .ci/virtuoso.ini: loopback ports 1111 (SQL) and 8890 (HTTP), database files relative to the
# scratch folder, which is also the only folder (with /tmp) in DirsAllowed. The default account is dba/dba.
# After `start` + `wait`, point the tests at it with
#   NEWSGRAPH_VIRTUOSO_URL=http://127.0.0.1:8890 NEWSGRAPH_ENDPOINT_USER=dba NEWSGRAPH_ENDPOINT_PASSWORD=dba
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${NEWSGRAPH_VIRTUOSO_DIR:-$root/.tmp/virtuoso}"
ini="$root/.ci/virtuoso.ini"
pidfile="$dir/virtuoso.pid"
url="http://127.0.0.1:8890/sparql"

running_pid() {
  # Prints the recorded PID when that process is still alive.
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

case "${1:-}" in
  start)
    if pid="$(running_pid)"; then
      echo "virtuoso: already running (pid $pid)"
      exit 0
    fi
    command -v virtuoso-t >/dev/null || { echo "virtuoso: virtuoso-t not found; install virtuoso-opensource-7-bin" >&2; exit 1; }
    # 1. A fresh scratch database every time: tests must not depend on what an earlier run left behind.
    rm -rf "$dir"
    mkdir -p "$dir"
    # 2. Run in the foreground of a background job so that $! is the server's own PID.
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$ini" >"$dir/console.log" 2>&1) &
    echo $! >"$pidfile"
    echo "virtuoso: started (pid $(cat "$pidfile"), data in $dir)"
    ;;
  wait)
    limit="${NEWSGRAPH_VIRTUOSO_WAIT:-90}"
    for ((i = 0; i < limit * 2; i++)); do
      if curl -fsS -o /dev/null --max-time 2 "$url?query=ASK%20%7B%7D" 2>/dev/null; then
        echo "virtuoso: answering at $url"
        exit 0
      fi
      if ! running_pid >/dev/null; then
        echo "virtuoso: the server exited during start-up; see $dir/console.log and $dir/virtuoso.log" >&2
        tail -n 20 "$dir/virtuoso.log" 2>/dev/null >&2 || true
        exit 1
      fi
      sleep 0.5
    done
    echo "virtuoso: no answer from $url after ${limit}s" >&2
    exit 1
    ;;
  stop)
    if ! pid="$(running_pid)"; then
      echo "virtuoso: not running"
      rm -f "$pidfile"
      exit 0
    fi
    kill -TERM "$pid"
    for ((i = 0; i < 120; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "virtuoso: pid $pid still alive after SIGTERM; sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    echo "virtuoso: stopped (pid $pid)"
    ;;
  status)
    if pid="$(running_pid)"; then echo "running $pid"; else echo "stopped"; fi
    ;;
  *)
    echo "usage: scripts/virtuoso.sh start|wait|stop|status" >&2
    exit 2
    ;;
esac
