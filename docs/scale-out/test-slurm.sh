#!/usr/bin/env bash
# shellcheck disable=SC2317 # summary, cleanup and the stop functions run from the EXIT trap.
# End-to-end test of the Slurm recipes in docs/scale-out/slurm/ on this one machine.
#
#   sudo bash docs/scale-out/test-slurm.sh                 # from the repository root
#   sudo bash docs/scale-out/test-slurm.sh --cluster-only  # only bring the cluster up and run
#                                                          # a trivial 3-task array job
#
# What it does:
#   1. installs slurm-wlm and munge from Debian if they are missing (and a JDK/Maven if the
#      jar has to be built and they are missing); creates /etc/munge/munge.key if absent;
#   2. starts a private single-node Slurm cluster: its own munged (own socket), slurmctld and
#      slurmd, configured by a slurm.conf in a state folder (default /tmp/precinct-slurm-test,
#      nothing is written to /etc/slurm), on ports 16817/16818 so that a real Slurm on the
#      machine is not disturbed; waits until sinfo shows the node idle;
#   3. runs a trivial array job (sbatch --array=1-3 --wrap ...) to prove the cluster works;
#   4. builds cli/target/precinct.jar if missing; submits docs/scale-out/slurm/submit.sh
#      (3 shards of the default scenario, --replications 60 --seed 11, then the merge job with
#      --dependency=afterok); waits for both;
#   5. runs the same command unsharded and checks with cmp that the merged summary.json, every
#      CSV and events.jsonl are byte-identical to the unsharded ones, and that both folders
#      hold the same files;
#   6. checks that `precinct merge` refuses a missing shard, a duplicated shard and a shard of
#      another run (exit 2, no folder written); and that when shards fail, the merge job
#      never runs (precinct-merge.sbatch's --kill-on-invalid-dep=yes cancels it); and that a
#      shard that failed can be re-run alone and merged, as docs/scale-out.md describes;
#   7. prints a PASS/FAIL summary and, on exit (trap), stops the daemons it started and
#      deletes the state folder (KEEP_STATE=1 keeps it). Exit code 0 only if all checks pass.
#
# Re-running is safe: daemons left by an earlier run that was killed (their pid files are in
# the state folder) are stopped first and the state folder is recreated.
#
# Environment (all optional): PRECINCT_SLURM_STATE (state folder), JOB_TIMEOUT (seconds to
# wait for the jobs, default 1200), START_TIMEOUT (seconds to wait for the node, default 90),
# KEEP_STATE=1, SHARDS (default 3), REPLICATIONS (default 60), SEED (default 11),
# TEST_COMMAND (the precinct command to shard, default run), TEST_SCENARIO (default: none, the
# command's default), TEST_ARGS (default "--replications $REPLICATIONS"; --seed $SEED is added),
# PRECINCT_LAUNCHER (the launcher to test, default: this repository's cli/precinct).
# The array tasks get --cpus-per-task=1 so that two of them run side by side on two cores.
set -euo pipefail

CLUSTER_ONLY=0
case "${1:-}" in
  --cluster-only) CLUSTER_ONLY=1 ;;
  "") ;;
  -h | --help) sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--cluster-only]" >&2; exit 2 ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  echo "test-slurm.sh: run as root (sudo bash $0): it installs packages and starts daemons" >&2
  exit 2
fi

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${PRECINCT_SLURM_STATE:-/tmp/precinct-slurm-test}"
START_TIMEOUT="${START_TIMEOUT:-90}"
JOB_TIMEOUT="${JOB_TIMEOUT:-1200}"
SHARDS="${SHARDS:-3}"
REPLICATIONS="${REPLICATIONS:-60}"
SEED="${SEED:-11}"
COMMAND="${TEST_COMMAND:-run}"
SCENARIO="${TEST_SCENARIO:-}"
ARGS="${TEST_ARGS:---replications $REPLICATIONS}"
scenario_arg=()
if [ -n "$SCENARIO" ]; then scenario_arg=("$SCENARIO"); fi
read -r -a args_arr <<< "$ARGS"
DESC="$COMMAND${SCENARIO:+ $SCENARIO} $ARGS --seed $SEED"
CTLD_PORT=16817
SLURMD_PORT=16818
HOST="$(hostname -s)"

RESULTS=()   # "PASS name" / "FAIL name" lines for the summary
FAILED=0
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
pass() { RESULTS+=("PASS  $1"); log "PASS  $1"; }
fail() { RESULTS+=("FAIL  $1"); FAILED=1; log "FAIL  $1"; }

summary() {
  echo
  echo "==== test-slurm.sh summary ($(date -u +%Y-%m-%dT%H:%M:%SZ), host $HOST) ===="
  local r
  for r in "${RESULTS[@]}"; do echo "$r"; done
  if [ "$FAILED" -eq 0 ] && [ "${#RESULTS[@]}" -gt 0 ]; then
    echo "RESULT: PASS (${#RESULTS[@]} checks)"
  else
    echo "RESULT: FAIL"
  fi
}

show_logs() {
  local f
  for f in "$STATE"/log/*.log; do
    [ -f "$f" ] || continue
    echo "----- last 40 lines of $f -----"
    tail -n 40 "$f"
  done
}

# ---- stopping daemons (ours only: found through the pid files in $STATE/run) ----
stop_pidfile() { # stop_pidfile FILE NAME: SIGTERM the process named NAME whose pid is in FILE
  local file="$1" name="$2" pid
  [ -f "$file" ] || return 0
  pid="$(tr -dc '0-9' < "$file")"
  [ -n "$pid" ] || return 0
  # Only if the pid still belongs to that daemon (pids are reused).
  if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "$name"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$file"
}

stop_cluster() {
  if [ -f "$STATE/slurm.conf" ] && [ -f "$STATE/run/slurmctld.pid" ]; then
    # Cancel what is still queued so that no job step outlives slurmd.
    SLURM_CONF="$STATE/slurm.conf" timeout 10 scancel --quiet --user=root 2>/dev/null || true
  fi
  stop_pidfile "$STATE/run/slurmd.pid" slurmd
  stop_pidfile "$STATE/run/slurmctld.pid" slurmctld
  stop_pidfile "$STATE/run/munged.pid" munged
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  log "tearing down the test cluster"
  stop_cluster
  if [ "${KEEP_STATE:-0}" = 1 ]; then
    log "state kept in $STATE (KEEP_STATE=1)"
  else
    rm -rf "$STATE"
  fi
  summary
  if [ "$FAILED" -ne 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
}

die() { # die MESSAGE: record a failure, print the daemon logs, exit (the trap tears down)
  fail "$1"
  show_logs
  exit 1
}

# ---- 1. packages and munge key ----
missing=()
for cmd in slurmctld slurmd sbatch munged; do
  command -v "$cmd" > /dev/null 2>&1 || missing+=("$cmd")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing slurm-wlm munge (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq                          # progress to stdout is dropped, errors stay on stderr
  apt-get install -y -qq slurm-wlm munge > /dev/null
fi
log "$(slurmctld -V), $(munged -V 2>&1 | head -n 1)"

if [ ! -s /etc/munge/munge.key ]; then
  log "creating /etc/munge/munge.key"
  install -d -o munge -g munge -m 0700 /etc/munge
  (umask 077 && dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none)
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
fi

# ---- 2. a fresh private cluster ----
stop_cluster          # daemons of an earlier, interrupted run
rm -rf "$STATE"
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$CTLD_PORT" "$SLURMD_PORT"; do
  if command -v ss > /dev/null 2>&1 && ss -Htln "sport = :$port" | grep -q .; then
    die "TCP port $port is already in use (another slurmctld/slurmd?): $(ss -Htlnp "sport = :$port")"
  fi
done

mkdir -p "$STATE"/{ctld,spool,run,log,work}
install -d -o munge -g munge -m 0755 "$STATE/munge"  # munged wants the socket folder 0755
chmod 0755 "$STATE"

# Real hardware of this node, as slurmd sees it (slurmd refuses a config that claims more).
hw="$(slurmd -C | head -n 1)"
field() { sed -n "s/.*\b$1=\([0-9]*\).*/\1/p" <<< "$hw"; }
CPUS="$(field CPUs)"; BOARDS="$(field Boards)"; SOCKETS="$(field SocketsPerBoard)"
CORES="$(field CoresPerSocket)"; THREADS="$(field ThreadsPerCore)"; MEM="$(field RealMemory)"
log "node $HOST: CPUs=$CPUS SocketsPerBoard=$SOCKETS CoresPerSocket=$CORES ThreadsPerCore=$THREADS RealMemory=$MEM MB"

cat > "$STATE/slurm.conf" <<EOF
# Written by docs/scale-out/test-slurm.sh: a throw-away single-node cluster.
ClusterName=precinct-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$STATE/munge/munge.socket
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/run/slurmctld.pid
SlurmdPidFile=$STATE/run/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups: plain process tracking, no task binding, no accounting daemon.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$STATE/log/jobcomp.txt
MpiDefault=none
# Cores and memory are consumable, so array tasks run side by side within --cpus-per-task/--mem.
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=512
# Keep finished jobs visible to scontrol for an hour, so the test can read their exit codes.
MinJobAge=3600
ReturnToService=2
SlurmdTimeout=60
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS Boards=$BOARDS SocketsPerBoard=$SOCKETS CoresPerSocket=$CORES ThreadsPerCore=$THREADS RealMemory=$MEM State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$STATE/slurm.conf"

log "starting munged, slurmctld, slurmd (state in $STATE)"
runuser -u munge -- munged --socket="$STATE/munge/munge.socket" --key-file=/etc/munge/munge.key \
  --pid-file="$STATE/munge/munged.pid" --log-file="$STATE/munge/munged.log" \
  --seed-file="$STATE/munge/munged.seed" \
  || die "munged did not start: $(tail -n 1 "$STATE/munge/munged.log" 2>/dev/null)"
ln -sf "$STATE/munge/munged.pid" "$STATE/run/munged.pid"
ln -sf "$STATE/munge/munged.log" "$STATE/log/munged.log"
munge -S "$STATE/munge/munge.socket" -n | unmunge -S "$STATE/munge/munge.socket" > /dev/null \
  || die "munge credential round trip failed"

slurmctld -f "$SLURM_CONF" || die "slurmctld did not start"
slurmd -f "$SLURM_CONF" -N "$HOST" || die "slurmd did not start"

deadline=$((SECONDS + START_TIMEOUT))
until [ "$(sinfo -h -N -n "$HOST" -o '%t' 2>/dev/null)" = "idle" ]; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    sinfo -N -l 2>&1 || true
    die "node $HOST not idle after ${START_TIMEOUT}s (sinfo: $(sinfo -h -N -o '%t %E' 2>&1))"
  fi
  sleep 1
done
pass "single-node cluster up: sinfo shows $HOST idle ($CPUS CPUs, $MEM MB)"

# wait_gone ID...: wait until none of the jobs is queued or running (false on timeout).
wait_gone() {
  local ids deadline
  ids="$(IFS=,; echo "$*")"
  deadline=$((SECONDS + JOB_TIMEOUT))
  while [ -n "$(squeue -h -j "$ids" -o '%i' 2>/dev/null)" ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      squeue -j "$ids" || true
      return 1
    fi
    sleep 2
  done
}

# job_lines ID: one line per job (per task of an array): "task state exit start end".
job_lines() {
  scontrol -o show job "$1" | while read -r line; do
    [ -n "$line" ] || continue
    printf '%s %s %s %s %s\n' \
      "$(grep -o 'ArrayTaskId=[0-9]*' <<< "$line" | cut -d= -f2 || true)" \
      "$(grep -o 'JobState=[A-Z_]*' <<< "$line" | cut -d= -f2)" \
      "$(grep -o ' ExitCode=[0-9:]*' <<< "$line" | cut -d= -f2)" \
      "$(grep -o 'StartTime=[^ ]*' <<< "$line" | cut -d= -f2)" \
      "$(grep -o 'EndTime=[^ ]*' <<< "$line" | cut -d= -f2)"
  done | sed 's/^ /- /'
}

# wait_jobs ID...: wait for the jobs, print their tasks, and check that every job (every task
# of an array) COMPLETED with exit code 0.
wait_jobs() {
  local id task state code start end bad=0
  wait_gone "$@" || return 1
  for id in "$@"; do
    while read -r task state code start end; do
      log "  job $id task $task: $state exit $code, $start to $end"
      [ "$state" = COMPLETED ] && [ "$code" = 0:0 ] || bad=1
    done < <(job_lines "$id")
  done
  return "$bad"
}

# ---- 3. a trivial array job ----
cd "$STATE/work"
# shellcheck disable=SC2016 # the variables expand in the job, not here.
tid="$(sbatch --parsable --array=1-3 --cpus-per-task=1 --mem=100M --output=trivial-%A_%a.out \
  --wrap 'echo "task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT on $(hostname -s)"; sleep 3')" \
  || die "sbatch of the trivial array job failed"
log "trivial array job $tid submitted"
if wait_jobs "$tid"; then
  got="$(cat trivial-"${tid}"_*.out | sort | tr '\n' ';')"
  want="task 1 of 3 on $HOST;task 2 of 3 on $HOST;task 3 of 3 on $HOST;"
  if [ "$got" = "$want" ]; then
    pass "trivial array job $tid: 3 tasks completed (${got%;})"
  else
    fail "trivial array job $tid: unexpected output '$got'"
  fi
else
  die "trivial array job $tid did not complete"
fi

# submit.sh puts PRECINCT_SBATCH_OPTS after its own --array, so that e.g. "--array=1-100%20"
# (a throttle) replaces it: check that the later --array wins, on a held job.
hid="$(sbatch --parsable --hold --array=1-3 --array=1-5%2 --mem=100M --wrap true)"
held="$(scontrol -o show job "$hid" | grep -o 'ArrayTaskId=[^ ]*\|ArrayTaskThrottle=[^ ]*' | sort -u | tr '\n' ' ')"
scancel "$hid"
if [[ "$held" == *"ArrayTaskId=1-5%2"* || ( "$held" == *"ArrayTaskId=1-5"* && "$held" == *"ArrayTaskThrottle=2"* ) ]]; then
  pass "a later --array overrides an earlier one (held job $hid: ${held% })"
else
  fail "a later --array did not override the earlier one (held job $hid: $held)"
fi

if [ "$CLUSTER_ONLY" -eq 1 ]; then
  log "--cluster-only: done"
  exit 0
fi

# ---- 4. the real recipes ----
if [ ! -f "$REPO/cli/target/precinct.jar" ]; then
  if ! command -v mvn > /dev/null 2>&1 || ! command -v javac > /dev/null 2>&1; then
    log "installing openjdk-17-jdk-headless maven"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven > /dev/null
  fi
  log "building cli/target/precinct.jar (mvn -B -q package -DskipTests)"
  if ! (cd "$REPO" && mvn -B -q package -DskipTests) > "$STATE/log/build.log" 2>&1; then
    tail -n 50 "$STATE/log/build.log"
    die "the build failed (mvn -B -q package -DskipTests)"
  fi
fi
PRECINCT="${PRECINCT_LAUNCHER:-$REPO/cli/precinct}"
if ! "$PRECINCT" "$COMMAND" --help 2>&1 | grep -q -- '--shard'; then
  die "this build of precinct has no '$COMMAND --shard' option (the sharding CLI is not in this checkout)"
fi
if ! "$PRECINCT" merge --help > /dev/null 2>&1; then
  die "this build of precinct has no 'merge' command"
fi

WORK="$STATE/work/precinct"
mkdir -p "$WORK"
log "submitting docs/scale-out/slurm/submit.sh: $SHARDS shards of '$DESC'"
submit_out="$(PRECINCT="$PRECINCT" PRECINCT_WORKDIR="$WORK" PRECINCT_COMMAND="$COMMAND" \
  PRECINCT_SCENARIO="$SCENARIO" PRECINCT_SHARDS="$SHARDS" PRECINCT_ARGS="$ARGS --seed $SEED" \
  PRECINCT_SBATCH_OPTS="--cpus-per-task=1" \
  bash "$REPO/docs/scale-out/slurm/submit.sh")" || die "submit.sh failed: $submit_out"
echo "$submit_out"
array_id="$(sed -n 's/^ARRAY_JOB_ID=//p' <<< "$submit_out")"
merge_id="$(sed -n 's/^MERGE_JOB_ID=//p' <<< "$submit_out")"
if [ -z "$array_id" ] || [ -z "$merge_id" ]; then die "submit.sh did not print both job ids"; fi
pass "submit.sh submitted array job $array_id and merge job $merge_id (afterok:$array_id)"

dep="$(scontrol -o show job "$merge_id" | grep -o 'Dependency=[^ ]*' || true)"
log "merge job $merge_id: $dep"

log "waiting for jobs $array_id and $merge_id (timeout ${JOB_TIMEOUT}s)"
t0=$SECONDS
if wait_jobs "$array_id" "$merge_id"; then
  pass "array job $array_id ($SHARDS tasks) and merge job $merge_id completed with exit 0 in $((SECONDS - t0)) s"
else
  for f in "$WORK"/logs/*; do echo "----- $f -----"; tail -n 30 "$f"; done
  die "the array or merge job failed or timed out"
fi
for f in "$WORK"/logs/*; do echo "----- $f -----"; cat "$f"; done

last_end="$(job_lines "$array_id" | awk '{print $5}' | sort | tail -n 1)"
merge_start="$(job_lines "$merge_id" | awk '{print $4}')"
if [[ "$merge_start" > "$last_end" || "$merge_start" == "$last_end" ]]; then
  pass "merge job started ($merge_start) after the last shard ended ($last_end)"
else
  fail "merge job started ($merge_start) before the last shard ended ($last_end)"
fi

MERGED="$WORK/merged"
[ -f "$MERGED/summary.json" ] || die "the merge job wrote no $MERGED/summary.json"

# ---- 5. same command, unsharded ----
UNSHARDED="$STATE/work/unsharded"
log "running the same command unsharded: precinct $DESC --out $UNSHARDED"
(cd "$STATE/work" && "$PRECINCT" "$COMMAND" "${scenario_arg[@]}" "${args_arr[@]}" --seed "$SEED" --quiet \
  --out "$UNSHARDED") || die "the unsharded run failed"

compared=0
same=1
names=()
for f in "$UNSHARDED"/summary.json "$UNSHARDED"/*.csv "$UNSHARDED"/*.jsonl; do
  [ -e "$f" ] || continue
  name="$(basename "$f")"
  names+=("$name")
  if cmp "$f" "$MERGED/$name"; then
    compared=$((compared + 1))
  else
    same=0
  fi
done
extra="$(cd "$MERGED" && for f in summary.json *.csv *.jsonl; do [ ! -e "$f" ] || [ -e "$UNSHARDED/$f" ] || echo "$f"; done)"
if [ "$same" -eq 1 ] && [ -z "$extra" ] && [ "$compared" -ge 2 ]; then
  pass "merged summary.json, CSVs and events are byte-identical to the unsharded run ($compared files: ${names[*]})"
else
  fail "merged output differs from the unsharded run (files only in merged: ${extra:-none})"
fi
if diff <(cd "$UNSHARDED" && find . | sort) <(cd "$MERGED" && find . | sort); then
  pass "merged folder has the same $(cd "$MERGED" && find . -type f | wc -l) files as the unsharded one (report, charts, run.json...)"
else
  fail "merged folder and unsharded folder hold different files (diff above)"
fi

# ---- 6. merge refuses incomplete or duplicated shards ----
parts=("$WORK"/parts/shard-*)
if [ "${#parts[@]}" -ne "$SHARDS" ]; then
  fail "expected $SHARDS partial folders, found ${#parts[@]}: ${parts[*]}"
fi
# expect_refusal NAME DESCRIPTION PARTIAL...: merge must exit 2 and write no folder.
expect_refusal() {
  local name="$1" what="$2" rc
  shift 2
  set +e
  "$PRECINCT" merge --out "$STATE/work/merged-$name" "$@" > "$STATE/work/merge-$name.txt" 2>&1
  rc=$?
  set -e
  if [ "$rc" -eq 2 ] && [ ! -e "$STATE/work/merged-$name" ]; then
    pass "merge $what refused with exit 2: $(head -n 1 "$STATE/work/merge-$name.txt")"
  else
    fail "merge $what: exit $rc (want 2): $(cat "$STATE/work/merge-$name.txt")"
  fi
}

expect_refusal missing "of $((SHARDS - 1)) of $SHARDS partials" "${parts[@]:0:$((SHARDS - 1))}"
expect_refusal dup "with shard 1 given twice" "${parts[@]}" "${parts[0]}"

# A partial folder of another run (another seed) must not be merged with these.
(cd "$STATE/work" && "$PRECINCT" "$COMMAND" "${scenario_arg[@]}" "${args_arr[@]}" --seed "$((SEED + 1))" \
  --shard "$SHARDS/$SHARDS" --threads 1 --quiet --out "$STATE/work/other-seed") > /dev/null \
  || die "the shard with another seed failed"
expect_refusal mixed "with shard $SHARDS taken from a run with seed $((SEED + 1))" \
  "${parts[@]:0:$((SHARDS - 1))}" "$STATE/work/other-seed"

# ---- 7. a failing shard: the merge job must never run ----
FAILWORK="$STATE/work/failing"
mkdir -p "$FAILWORK"
log "submitting a run whose shards fail (--replications 0 is invalid input)"
submit_out="$(PRECINCT="$PRECINCT" PRECINCT_WORKDIR="$FAILWORK" PRECINCT_COMMAND=run \
  PRECINCT_SHARDS="$SHARDS" PRECINCT_ARGS="--replications 0" PRECINCT_SBATCH_OPTS="--cpus-per-task=1" \
  bash "$REPO/docs/scale-out/slurm/submit.sh" 2>/dev/null)" || die "submit.sh failed: $submit_out"
bad_array="$(sed -n 's/^ARRAY_JOB_ID=//p' <<< "$submit_out")"
bad_merge="$(sed -n 's/^MERGE_JOB_ID=//p' <<< "$submit_out")"
wait_gone "$bad_array" "$bad_merge" || die "the failing jobs did not finish"
task_states="$(job_lines "$bad_array" | awk '{print $2 "/" $3}' | sort -u | tr '\n' ' ')"
merge_state="$(job_lines "$bad_merge" | awk '{print $2}')"
merge_reason="$(scontrol -o show job "$bad_merge" | grep -o 'Reason=[^ ]*' || true)"
if [ "$task_states" = "FAILED/2:0 " ] && [ "$merge_state" = CANCELLED ] && [ ! -e "$FAILWORK/merged" ]; then
  pass "failing shards (exit 2) kept the merge job from running: merge job $bad_merge $merge_state ($merge_reason)"
else
  fail "failing shards: tasks $task_states, merge job $bad_merge $merge_state ($merge_reason)"
fi

# ---- 8. re-running a failed shard, as docs/scale-out.md describes ----
# A launcher that fails shard 2 the first time it is asked, and runs precinct otherwise.
REWORK="$STATE/work/rerun"
mkdir -p "$REWORK"
cat > "$STATE/work/flaky-precinct" <<FLAKY
#!/bin/bash
for a in "\$@"; do
  if [ "\$a" = "2/$SHARDS" ] && [ ! -e "$STATE/work/flaky-failed-once" ]; then
    touch "$STATE/work/flaky-failed-once"
    echo "flaky-precinct: shard 2 fails this once (as if its node died)" >&2
    exit 4
  fi
done
exec "$PRECINCT" "\$@"
FLAKY
chmod +x "$STATE/work/flaky-precinct"
log "submitting a run whose shard 2 fails once"
submit_out="$(PRECINCT="$STATE/work/flaky-precinct" PRECINCT_WORKDIR="$REWORK" PRECINCT_COMMAND="$COMMAND" \
  PRECINCT_SCENARIO="$SCENARIO" PRECINCT_SHARDS="$SHARDS" PRECINCT_ARGS="$ARGS --seed $SEED" \
  PRECINCT_SBATCH_OPTS="--cpus-per-task=1" bash "$REPO/docs/scale-out/slurm/submit.sh" 2>/dev/null)" \
  || die "submit.sh failed: $submit_out"
re_array="$(sed -n 's/^ARRAY_JOB_ID=//p' <<< "$submit_out")"
re_merge="$(sed -n 's/^MERGE_JOB_ID=//p' <<< "$submit_out")"
wait_gone "$re_array" "$re_merge" || die "the jobs with a flaky shard did not finish"
first="$(job_lines "$re_array" | awk '{print $1 ":" $2}' | sort | tr '\n' ' ')"
log "first attempt: tasks $first; merge job $re_merge $(job_lines "$re_merge" | awk '{print $2}')"
# The documented re-run: only shard 2, with PRECINCT_SHARDS set, then the merge after it.
rerun="$(cd "$REWORK" && PRECINCT="$STATE/work/flaky-precinct" PRECINCT_SHARDS="$SHARDS" \
  PRECINCT_COMMAND="$COMMAND" PRECINCT_SCENARIO="$SCENARIO" PRECINCT_ARGS="$ARGS --seed $SEED" \
  sbatch --parsable --export=ALL --cpus-per-task=1 --array=2 "$REPO/docs/scale-out/slurm/precinct-array.sbatch")"
remerge="$(cd "$REWORK" && PRECINCT="$STATE/work/flaky-precinct" PRECINCT_SHARDS="$SHARDS" \
  sbatch --parsable --export=ALL --dependency="afterok:$rerun" "$REPO/docs/scale-out/slurm/precinct-merge.sbatch")"
log "re-run of shard 2: job $rerun; merge: job $remerge"
same_again() { # the re-run's merged summary.json and CSVs are the unsharded run's
  local f
  for f in "$UNSHARDED"/summary.json "$UNSHARDED"/*.csv; do
    [ -e "$f" ] || continue
    cmp "$f" "$REWORK/merged/$(basename "$f")" || return 1
  done
}
if wait_jobs "$rerun" "$remerge" && [ "$first" = "1:COMPLETED 2:FAILED 3:COMPLETED " ] && same_again; then
  pass "shard 2 failed, was re-run alone (--array=2, PRECINCT_SHARDS=$SHARDS) and merged: summary.json and CSVs identical to the unsharded run"
else
  fail "re-running a failed shard: first attempt $first, re-run $rerun/$remerge: $(job_lines "$rerun" | tr '\n' ' ')"
fi

exit 0
