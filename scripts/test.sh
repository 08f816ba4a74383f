#!/usr/bin/env bash
# Every test, in order: types, the layering and unused-code checks, the suite on a MongoDB-wire
# server, the same suite on SQLite and on PostgreSQL, then the packed bundle in a separate host,
# the dev server over real HTTP, the packed bundle in Payload's website template, the browser
# suites (admin and reference site), several instances with a worker, and the reliability suite
# (kills, races, fuzzing, load).
# Each suite prints the database it runs on.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

echo "== typecheck (tsc --noEmit)"
npx tsc --noEmit

# The layering rule (docs/architecture.md): no cycles, no upward imports; and nothing unused.
echo "== layers (dependency-cruiser) and unused files, exports, dependencies (knip)"
npm run -s lint:deps
npm run -s lint:unused

# Each idea once: no clone of 6 lines or more in shipped code (src, collections, seed).
echo "== duplicate code in shipped code (jscpd)"
npm run -s lint:clones

# The first pass uses DATABASE_URI when it names a MongoDB; otherwise the embedded server
# (mongod on PATH, mongodb-memory-server, or FerretDB), exactly as `npm run dev` would.
mongo_uri=""
case "${DATABASE_URI:-}" in mongodb://*|mongodb+srv://*) mongo_uri="$DATABASE_URI" ;; esac

echo "== suite on MongoDB-wire"
env -u DATABASE_URI ${mongo_uri:+DATABASE_URI="$mongo_uri"} npx vitest run

echo "== suite on SQLite"
sqlite_dir=$(mktemp -d)
trap 'rm -rf "$sqlite_dir"' EXIT
DATABASE_URI="file:$sqlite_dir/newsroom.sqlite" npx vitest run

# DATABASE_URI when it names a Postgres; otherwise a throwaway server of Debian's PostgreSQL
# (dev/database/postgres.ts), with transactions on, as a Payload app on Postgres has them.
pg_uri=""
case "${DATABASE_URI:-}" in postgres://*|postgresql://*) pg_uri="$DATABASE_URI" ;; esac
echo "== suite on PostgreSQL"
env -u DATABASE_URI ${pg_uri:+DATABASE_URI="$pg_uri"} DATABASE_ENGINE=postgres npx vitest run

echo "== packed bundle in a separate host, and npm run dev over HTTP"
env -u DATABASE_URI ${mongo_uri:+DATABASE_URI="$mongo_uri"} npx vitest run --config test/slow.vitest.config.ts

# Payload's website template, copied to a temporary folder and built once: the packed tarball
# installed into it, its admin, front end, feeds and own tests, then its upgrade path on SQLite.
echo "== the packed bundle in Payload's website template (next build + next start on port 3000)"
npx vitest run --config test/template/vitest.config.ts

echo "== browser: an editor's day in Chromium, against next build + next start"
env -u DATABASE_URI ${mongo_uri:+DATABASE_URI="$mongo_uri"} npx vitest run --config test/e2e/vitest.config.ts
echo "== browser: the reference site (examples/site) and the CMS, both under next start"
CMS_BUILD_FRESH=1 env -u DATABASE_URI ${mongo_uri:+DATABASE_URI="$mongo_uri"} npx vitest run --config test/site/vitest.config.ts

# Two web instances, a worker, their own FerretDB (stopped and restarted by the health test) and
# a SeaweedFS bucket, all on loopback: what "several instances" promises (docs/deployment.md).
echo "== several instances: two next start, a worker, one database, one S3 bucket"
npm run -s test:scale

# The same on PostgreSQL (about 1.5 minutes): a primary and a hot standby streaming from it
# (pg_basebackup), the instances reading from the standby, which is stopped under load at the
# end. It serves the build the suite above just made.
echo "== several instances on PostgreSQL with a read replica"
CMS_BUILD_FRESH=1 npx vitest run --config test/scale/postgres/vitest.config.ts

# Last, as the longest (about 5 minutes): it needs the MongoDB wire, since the kill test places
# its kills with a proxy in front of the server. `npm run test:chaos` runs it alone.
echo "== reliability: kills, concurrent imports, fuzzing, bad files, load, abusive GraphQL"
env -u DATABASE_URI ${mongo_uri:+DATABASE_URI="$mongo_uri"} npx vitest run --config test/chaos.vitest.config.ts
