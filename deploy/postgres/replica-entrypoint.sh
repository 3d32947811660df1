#!/bin/sh
# A streaming replica from the official postgres image: on first start, clone the primary with
# pg_basebackup (-R writes standby.signal and primary_conninfo), then hand over to the image's
# own entrypoint, which finds a data directory and starts PostgreSQL as a hot standby.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  until gosu postgres pg_isready -h "$PRIMARY_HOST" -U replicator -d postgres >/dev/null 2>&1; do
    echo "waiting for the primary at $PRIMARY_HOST"
    sleep 1
  done
  PGPASSWORD="$POSTGRES_REPLICATION_PASSWORD" gosu postgres pg_basebackup \
    -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -c fast --no-password
fi
exec docker-entrypoint.sh "$@"
