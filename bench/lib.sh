# Shared by the benchmark scripts (sourced from the repository's root).

# The application jar: $JAR if set, else the one in target/, built first if there is none.
app_jar() {
  local jar
  if [ -n "${JAR:-}" ]; then
    echo "$JAR"
    return
  fi
  jar=$(ls target/dashboard-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -q -B package -DskipTests >&2
    jar=$(ls target/dashboard-*.jar | head -1)
  fi
  echo "$jar"
}

# Starts the application jar on port $1 with an embedded PostgreSQL under directory $2 (its log in $2/app.log),
# sets app_pid and returns once the overview answers. The caller's EXIT trap stops it.
start_app() {
  local port=$1 dir=$2 jar
  jar=$(app_jar)
  echo "Starting $jar on port $port (embedded PostgreSQL in $dir/data)" >&2
  VITAKO_DATA_DIR="$dir/data" java -jar "$jar" --server.port="$port" --management.server.port=0 >"$dir/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.5
  done
  echo "the application did not answer on port $port; its log: $dir/app.log" >&2
  return 1
}

# Starts the application on port $1 in a temporary directory ($work); both go when the script ends.
start_temporary_app() {
  work=$(mktemp -d)
  app_pid=""
  trap stop_temporary_app EXIT
  start_app "$1" "$work"
}

stop_temporary_app() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}

# Starts the application jar on port $1 with a heap of $3 and a GC log in $2/gc.log, on a scratch embedded
# PostgreSQL under $2, and waits until it has started; sets app_pid, db_port and PGPASSWORD (the schema owner's, so
# that a benchmark may add rows to the catalogue). Extra environment for the application follows as NAME=value.
start_scratch_app() {
  local port=$1 dir=$2 heap=$3 jar
  shift 3
  jar=$(app_jar)
  echo "Starting $jar with -Xmx$heap on a scratch embedded PostgreSQL" >&2
  env "$@" VITAKO_DATA_DIR="$dir/data" java -Xmx"$heap" -Xlog:gc:file="$dir/gc.log" -jar "$jar" \
    --server.port="$port" >"$dir/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    grep -q "Started DashboardApplication" "$dir/app.log" && break
    sleep 0.5
  done
  db_port=$(grep -oE 'Embedded PostgreSQL runs on 127.0.0.1:[0-9]+' "$dir/app.log" | head -1 | sed -E 's/.*://')
  PGPASSWORD=$(sed -n 's/^vitako_owner=//p' "$dir/data/vitako-credentials.properties")
  export PGPASSWORD
}

# psql on the scratch application's database as the schema's owner (after start_scratch_app), stopping at the
# first error.
sql() {
  psql -q -h 127.0.0.1 -p "$db_port" -U vitako_owner -d vitako -v ON_ERROR_STOP=1 "$@"
}

# Serves directory $1/html with nginx on port $2, as the application's pages would be by a static server: two
# workers, no access log, gzip_static for the .gz files beside the pages. The pid is in $1/nginx.pid for the
# caller's EXIT trap.
serve_with_nginx() {
  local dir=$1 port=$2
  chmod 755 "$dir" "$dir/html"
  chmod 644 "$dir"/html/*
  cat >"$dir/nginx.conf" <<NGINX
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  server {
    listen 127.0.0.1:$port;
    root $dir/html;
  }
}
NGINX
  nginx -c "$dir/nginx.conf"
}

# Logs $2 in with password $3 at the application on $4 (its base URL), keeping the cookies in file $1; prints the
# session cookie as a Cookie header's value (SESSION=…).
login_as() {
  local jar=$1 user=$2 password=$3 base=$4 page token
  page=$(curl -s -c "$jar" -b "$jar" "$base/login")
  token=$(grep -oE 'name="_csrf" value="[^"]+"' <<<"$page" | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}
