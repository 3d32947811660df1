#!/bin/sh
# Runs once, when the official postgres image initialises the primary's data directory
# (/docker-entrypoint-initdb.d): a role for streaming replication and a pg_hba line letting
# the replica connect with it. WAL settings come from the service's `command`.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '$POSTGRES_REPLICATION_PASSWORD';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
