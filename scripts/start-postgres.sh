#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1:5432 with a `vitrine` superuser for the server test suite.
# Installs it first when missing. Prints the admin URL tests take in VITRINE_TEST_DATABASE_URL.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^${version} main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
# Peer authentication over the local socket: no password needed for the postgres user.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -d postgres" >&2 <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'vitrine') then
    create role vitrine login superuser password 'vitrine';
  end if;
end $$;
SQL
echo "postgres://vitrine:vitrine@127.0.0.1:5432/postgres"
