#!/usr/bin/env bash
# Installs (Debian packages) and starts the servers Observatory's server mode and its tests use, on loopback only.
# Idempotent: safe to run again; it only installs what is missing and only starts what is stopped.
# Usage: sudo bash deploy/services.sh [postgres] [rabbitmq]   (no argument: both)
# Prints the connection settings at the end, as shell exports.
set -euo pipefail

want_pg=0; want_mq=0
if [ $# -eq 0 ]; then want_pg=1; want_mq=1; fi
for arg in "$@"; do
  case "$arg" in
    postgres) want_pg=1 ;;
    rabbitmq) want_mq=1 ;;
    *) echo "services.sh: unknown service '$arg' (postgres | rabbitmq)" >&2; exit 2 ;;
  esac
done

PG_USER=${OBSERVATORY_PG_USER:-observatory}
PG_PASSWORD=${OBSERVATORY_PG_PASSWORD:-observatory}
PG_DB=${OBSERVATORY_PG_DB:-observatory}
PG_PORT=${OBSERVATORY_PG_PORT:-5432}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
if [ $want_pg -eq 1 ] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then missing+=(postgresql postgresql-contrib); fi
if [ $want_mq -eq 1 ] && ! command -v rabbitmq-server >/dev/null 2>&1; then missing+=(rabbitmq-server); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "services.sh: installing ${missing[*]}" >&2
  as_root apt-get update -qq >&2
  # Debian's packages try to start their services through policy-rc.d/systemd, which a container may lack;
  # we start them ourselves below.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

start_postgres() {
  local version cluster_conf
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    as_root pg_createcluster "$version" main -p "$PG_PORT" >/dev/null
  fi
  cluster_conf=/etc/postgresql/$version/main/postgresql.conf
  # Loopback only; durable commits (the default, stated so nobody "tunes" it away).
  as_root sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$cluster_conf"
  as_root sed -i "s/^#\?synchronous_commit.*/synchronous_commit = on/" "$cluster_conf"
  as_root sed -i "s/^#\?max_connections.*/max_connections = 300/" "$cluster_conf"
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do
    if as_root su postgres -c "psql -p $PG_PORT -tAc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  # The local socket uses peer authentication, so clients connect over 127.0.0.1 with a password.
  as_root su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
SQL
  if ! as_root su postgres -c "psql -p $PG_PORT -tAc \"select 1 from pg_database where datname = '$PG_DB'\"" | grep -q 1; then
    as_root su postgres -c "createdb -p $PG_PORT -O $PG_USER $PG_DB"
  fi
}

start_rabbitmq() {
  # Loopback only.
  if [ ! -f /etc/rabbitmq/rabbitmq-env.conf ] || ! grep -q NODE_IP_ADDRESS /etc/rabbitmq/rabbitmq-env.conf; then
    as_root mkdir -p /etc/rabbitmq
    echo "NODE_IP_ADDRESS=127.0.0.1" | as_root tee -a /etc/rabbitmq/rabbitmq-env.conf >/dev/null
  fi
  if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
    as_root sh -c 'rabbitmq-server -detached' >/dev/null 2>&1 || as_root sh -c 'nohup rabbitmq-server >/var/log/rabbitmq/observatory-start.log 2>&1 &'
  fi
  as_root rabbitmqctl -q wait --timeout 120 /var/lib/rabbitmq/mnesia/rabbit@"$(hostname -s)".pid >/dev/null 2>&1 \
    || for _ in $(seq 1 120); do as_root rabbitmqctl -q status >/dev/null 2>&1 && break; sleep 1; done
  as_root rabbitmqctl -q await_startup >/dev/null 2>&1 || true
  if ! as_root rabbitmqctl -q list_users | grep -q '^observatory'; then
    as_root rabbitmqctl -q add_user observatory observatory >/dev/null
  fi
  as_root rabbitmqctl -q set_permissions -p / observatory '.*' '.*' '.*' >/dev/null
  as_root rabbitmqctl -q set_user_tags observatory administrator >/dev/null
}

# Only the exports below go to stdout (callers eval them): everything the tools print (apt, pg_ctlcluster's
# "Removed stale pid file.", rabbitmqctl) goes to stderr. The servers started here inherit stderr, not the
# caller's stdout, so a caller reading our stdout through $(...) is not kept waiting by a daemon holding it.
{
  if [ $want_pg -eq 1 ]; then start_postgres; fi
  if [ $want_mq -eq 1 ]; then start_rabbitmq; fi
} >&2

echo "# Observatory services are up (loopback only). Use these settings:"
if [ $want_pg -eq 1 ]; then
  # No TLS to a server on this very host (loopback only, see listen_addresses): Npgsql's default (SSL Mode=Prefer)
  # meets Debian's snakeoil certificate and encrypts every round trip for nothing. Measured on the http benchmark:
  # about 0.1–0.25 ms of the host's CPU per command. A server elsewhere needs TLS: set its connection string yourself.
  echo "export OBSERVATORY_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DB;SSL Mode=Disable'"
fi
if [ $want_mq -eq 1 ]; then
  echo "export OBSERVATORY_RABBITMQ='amqp://observatory:observatory@127.0.0.1:5672/'"
fi
