# A private PostgreSQL server for the test suite (issue 17), sourced by tests/run.sh:
#
#   start_test_postgres     # initdb + pg_ctl start in a temporary folder; exports BALINTDESK_TEST_PG*
#   stop_test_postgres      # pg_ctl stop and the folder removed (run.sh traps it on EXIT)
#
# The server is Debian's `postgresql` package's binaries (/usr/lib/postgresql/*/bin), run
# as an unprivileged user: PostgreSQL refuses to run as root, so as root (CI) the cluster
# belongs to the package's `postgres` system user (`nobody` if there is none). It listens
# on 127.0.0.1 on a free port and on a Unix socket in its folder, with TLS on: a throw-away
# CA signs a certificate for localhost and 127.0.0.1, and a second CA that signed nothing
# lets the tests show an untrusted server is refused. Logins need a password (scram).
#
# What the tests read (tests/store/_server.py):
#   BALINTDESK_TEST_PG           libpq keywords for the admin login: host=... port=... user=...
#   BALINTDESK_TEST_PG_PASSWORD  its password (random, for this run only)
#   BALINTDESK_TEST_PG_CA        the CA that signed the server's certificate
#   BALINTDESK_TEST_PG_OTHER_CA  a CA that did not
#   BALINTDESK_TEST_PG_SOCKET    the folder of the Unix socket
# shellcheck shell=bash

PG_TEST_DIR=""
PG_TEST_RUN_AS=()

_pg_bin() {  # the newest installed server's bin folder
    local dirs
    dirs=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n $dirs && -x $dirs/initdb ]] && echo "$dirs"
}

_pg_free_port() {
    "${PYBIN:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_pg_make_certificates() {  # folder
    local dir=$1
    # The CA that signs the server, and another one that does not (the "untrusted" tests).
    for ca in ca other-ca; do
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=BalintDesk test $ca" \
            -keyout "$dir/$ca.key" -out "$dir/$ca.crt" 2>/dev/null
    done
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' \
        >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
        -CAcreateserial -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
    rm -f "$dir/ca.key" "$dir/other-ca.key" "$dir/server.csr" "$dir/server.ext"
    chmod 600 "$dir/server.key"
}

start_test_postgres() {
    local bin started port password owner=""
    bin=$(_pg_bin) || { warn "no PostgreSQL server installed: the server tests cannot run"; return 1; }
    started=$EPOCHREALTIME
    PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/balintdesk-pg.XXXXXX")
    PG_TEST_RUN_AS=()
    if [[ $(id -u) -eq 0 ]]; then
        owner=postgres
        id -u postgres >/dev/null 2>&1 || owner=nobody
        PG_TEST_RUN_AS=(runuser -u "$owner" --)
        chown "$owner" "$PG_TEST_DIR"
    fi
    chmod 700 "$PG_TEST_DIR"
    password=$("${PYBIN:-python3}" -c 'import secrets; print(secrets.token_hex(16))')
    printf '%s\n' "$password" >"$PG_TEST_DIR/pwfile"
    [[ -n $owner ]] && chown "$owner" "$PG_TEST_DIR/pwfile"
    "${PG_TEST_RUN_AS[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U balintdesk_admin \
        --pwfile="$PG_TEST_DIR/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    rm -f "$PG_TEST_DIR/pwfile"
    _pg_make_certificates "$PG_TEST_DIR/data"
    [[ -n $owner ]] && chown "$owner" "$PG_TEST_DIR"/data/*.crt "$PG_TEST_DIR/data/server.key"
    port=$(_pg_free_port)
    # fsync off: a test server's data is thrown away, and durability costs every commit.
    cat >>"$PG_TEST_DIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_TEST_DIR'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
EOF
    "${PG_TEST_RUN_AS[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" \
        -w -t 60 start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    export BALINTDESK_TEST_PG="host=127.0.0.1 port=$port user=balintdesk_admin dbname=postgres"
    export BALINTDESK_TEST_PG_PASSWORD=$password
    export BALINTDESK_TEST_PG_CA=$PG_TEST_DIR/data/ca.crt
    export BALINTDESK_TEST_PG_OTHER_CA=$PG_TEST_DIR/data/other-ca.crt
    export BALINTDESK_TEST_PG_SOCKET=$PG_TEST_DIR
    printf 'PostgreSQL %s for the tests on 127.0.0.1:%s (TLS), started in %.2f s\n' \
        "$(basename "$(dirname "$bin")")" "$port" "$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')"
}

stop_test_postgres() {
    [[ -n $PG_TEST_DIR && -d $PG_TEST_DIR ]] || return 0
    local bin
    bin=$(_pg_bin) && "${PG_TEST_RUN_AS[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate \
        -w stop >/dev/null 2>&1
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
}
