#!/usr/bin/env bash
# Starts or stops a one-node Slurm cluster (munged, slurmctld, slurmd) whose configuration and state
# live in STATE_DIR, as root and without systemd, for the project's own test of sharded runs.
#
#   scripts/slurm/cluster.sh start STATE_DIR     # prints the SLURM_CONF to export; exit 3 if a service cannot start
#   scripts/slurm/cluster.sh stop STATE_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
action="${1:?usage: cluster.sh start|stop STATE_DIR}"
state="$(mkdir -p "${2:?usage: cluster.sh start|stop STATE_DIR}" && cd "$2" && pwd)"
conf="$state/slurm.conf"

# A port nothing listens on, so a second cluster (or a real slurmctld) on this machine is left alone.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

stop() {
  for pidfile in "$state/slurmd.pid" "$state/slurmctld.pid" "$state/munged.pid"; do
    if [ -s "$pidfile" ]; then
      pid="$(cat "$pidfile")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    fi
  done
}

cannot() { echo "cluster: $*" >&2; stop; exit 3; }

case "$action" in
  stop) stop; exit 0 ;;
  start) ;;
  *) echo "usage: cluster.sh start|stop STATE_DIR" >&2; exit 1 ;;
esac

for tool in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
  command -v "$tool" >/dev/null || cannot "$tool is not installed (scripts/setup.sh --slurm installs it)"
done
[ "$(id -u)" -eq 0 ] || cannot "the test cluster runs as root; this is uid $(id -u)"

mkdir -p "$state/ctld" "$state/spool" "$state/munge"
host="$(hostname -s)"
memory="$(awk '/MemTotal/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)"
sed -e "s|@HOST@|$host|g" -e "s|@STATE@|$state|g" -e "s|@CPUS@|$(nproc)|g" -e "s|@MEMORY@|$memory|g" \
    -e "s|@CTLD_PORT@|$(free_port)|g" -e "s|@SLURMD_PORT@|$(free_port)|g" "$here/slurm.conf.in" > "$conf"
printf 'ConstrainCores=no\n' > "$state/cgroup.conf"

key="$state/munge/munge.key"
[ -s "$key" ] || { dd if=/dev/urandom of="$key" bs=1024 count=1 status=none; chmod 400 "$key"; }
munged --force --key-file="$key" --socket="$state/munge.socket" --pid-file="$state/munged.pid" \
  --log-file="$state/munged.log" --seed-file="$state/munge/seed" 2>>"$state/munged.err" \
  || cannot "munged did not start: $(tail -3 "$state/munged.err" "$state/munged.log" 2>/dev/null | tr '\n' ' ')"

export SLURM_CONF="$conf"
slurmctld -f "$conf" 2>>"$state/slurmctld.err" || cannot "slurmctld did not start: $(tail -3 "$state/slurmctld.log" 2>/dev/null | tr '\n' ' ')"
slurmd -f "$conf" 2>>"$state/slurmd.err" || cannot "slurmd did not start: $(tail -3 "$state/slurmd.log" 2>/dev/null | tr '\n' ' ')"

for _ in $(seq 1 60); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
    echo "$conf"
    exit 0
  fi
  sleep 1
done
cannot "the node did not become idle within 60 s: $(sinfo -h -N -o '%N %t %E' 2>&1 | head -3 | tr '\n' ' ') $(tail -3 "$state/slurmd.log" 2>/dev/null | tr '\n' ' ')"
