#!/bin/sh
# Runs once, when the PostgreSQL container creates its database: adds the role the application works as. The
# schema belongs to POSTGRES_USER (vitako_owner), which runs the migrations; the application's role gets the data
# and not the schema from afterMigrate.sql, so it can neither change the schema nor rewrite the history.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$VITAKO_DB_PASSWORD" <<'SQL'
create role vitako login password :'app_password';
revoke all on database vitako from public;
grant connect, temporary on database vitako to vitako;
SQL
