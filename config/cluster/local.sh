#!/usr/bin/env bash
# A Minwon Portal cluster on one machine: PORTAL_CLUSTER_NODES nodes of the README's bundle with Payara Micro's
# clustering on (Hazelcast: TCP discovery on the loopback address, no multicast, its own cluster name), behind HAProxy
# on PORTAL_CLUSTER_PORT (round-robin, no sticky sessions, an idempotent request retried on another node when one is
# gone, health checks on /health/ready).
#
#   config/cluster/local.sh start|stop|status
#
# Settings (environment):
#   PORTAL_DB_DATASOURCE, PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD  PostgreSQL (required: nodes share it)
#   every other PORTAL_* setting                      passed on to each node unchanged (config/portal.env.example)
#   PORTAL_CLUSTER_NODES=2                            number of nodes (node1, node2, ...)
#   PORTAL_CLUSTER_PORT=8088                          the balancer's port
#   PORTAL_CLUSTER_NODE_PORT=8180                     node N answers on PORTAL_CLUSTER_NODE_PORT + N (loopback only)
#   PORTAL_CLUSTER_HZ_PORT=6900                       node N's Hazelcast member port is PORTAL_CLUSTER_HZ_PORT + N
#   PORTAL_CLUSTER_NAME=minwon-portal                 Hazelcast cluster name (nodes of other clusters never join)
#   PORTAL_CLUSTER_STATE=./cluster-state              pids (NODE.pid, haproxy.pid), logs (NODE.log, haproxy.log),
#                                                     each node's Payara root and the balancer's configuration
#   PORTAL_CLUSTER_BUNDLE=target/minwon-portal-microbundle.jar
#   PORTAL_CLUSTER_JAVA_OPTS="-Xmx768m"               JVM options of each node
#   PORTAL_CLUSTER_START_TIMEOUT=300                  seconds to wait for every node and the balancer to be ready
#
# A real deployment runs one node per host: the member list names the hosts' addresses instead of 127.0.0.1, each
# node's --hzPublicAddress is its own address, the balancer ends TLS (README, Operations) and lists the hosts.
set -euo pipefail

cd "$(dirname "$0")/../.."
NODES=${PORTAL_CLUSTER_NODES:-2}
PORT=${PORTAL_CLUSTER_PORT:-8088}
NODE_PORT=${PORTAL_CLUSTER_NODE_PORT:-8180}
HZ_PORT=${PORTAL_CLUSTER_HZ_PORT:-6900}
NAME=${PORTAL_CLUSTER_NAME:-minwon-portal}
STATE=${PORTAL_CLUSTER_STATE:-./cluster-state}
BUNDLE=${PORTAL_CLUSTER_BUNDLE:-target/minwon-portal-microbundle.jar}
JAVA_OPTS=${PORTAL_CLUSTER_JAVA_OPTS:--Xmx768m}
TIMEOUT=${PORTAL_CLUSTER_START_TIMEOUT:-300}
PREBOOT=config/cluster/pre-boot-commands.asadmin

die() { echo "local.sh: $*" >&2; exit 1; }
say() { echo "local.sh: $*"; }
node_names() { for i in $(seq 1 "$NODES"); do echo "node$i"; done; }
alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

haproxy_bin() {
    if ! command -v haproxy >/dev/null; then
        say "HAProxy is missing: installing Debian's package"
        local sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy >/dev/null
        # Debian starts a system-wide HAProxy on port 80; this one is ours alone.
        $sudo systemctl disable --now haproxy >/dev/null 2>&1 || true
    fi
    command -v haproxy
}

check_database() {
    local url=${PORTAL_DB_URL:-}
    if [[ $url != jdbc:postgresql:* ]]; then
        die "the nodes of a cluster share one PostgreSQL database; the embedded H2 database belongs to one node.
Set PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource, PORTAL_DB_URL=jdbc:postgresql://HOST:5432/DB,
PORTAL_DB_USER and PORTAL_DB_PASSWORD (now PORTAL_DB_URL='${url:-unset, i.e. H2}')."
    fi
    [[ ${PORTAL_DB_DATASOURCE:-} == org.postgresql.* ]] \
        || die "PORTAL_DB_DATASOURCE must be a PostgreSQL data source (org.postgresql.ds.PGSimpleDataSource), not '${PORTAL_DB_DATASOURCE:-unset, i.e. H2}'."
}

write_haproxy_config() {
    local cfg=$STATE/haproxy.cfg
    {
        cat <<EOF
# Written by config/cluster/local.sh; rewritten at every start.
global
    log stdout format raw local0 info
    maxconn 2000

defaults
    mode http
    log global
    option httplog
    option dontlognull
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 5s
    # A node that is gone (refused, reset, timed out before answering) gets an idempotent request retried on
    # another node; redispatch lets the retry leave the node it was first sent to.
    retries 3
    retry-on conn-failure empty-response response-timeout 502 503
    option redispatch 1

frontend portal
    bind 127.0.0.1:$PORT
    option forwardfor
    # An HTTP/2 upgrade (h2c) would turn the connection into a tunnel to one node: requests stay HTTP/1.1, balanced.
    http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }
    http-request del-header HTTP2-Settings
    default_backend nodes

backend nodes
    # Round-robin, no stickiness: the session lives in the cluster (Hazelcast), not on one node.
    balance roundrobin
    # Only idempotent methods are sent again after the node took the request; a POST goes elsewhere only when the
    # connection to a node failed (it never arrived).
    acl idempotent method GET HEAD OPTIONS PUT DELETE
    http-request disable-l7-retry unless idempotent
    option httpchk GET /health/ready
    http-check expect status 200
    # A node is out after three failed checks a second apart (requests meanwhile are retried elsewhere), in again
    # after two good ones.
    default-server inter 1s fall 3 rise 2 on-marked-down shutdown-sessions
EOF
        local i=1
        for n in $(node_names); do
            echo "    server $n 127.0.0.1:$((NODE_PORT + i)) check"
            i=$((i + 1))
        done
    } >"$cfg"
    echo "$cfg"
}

start_node() {
    local n=$1 i=$2
    local pidf=$STATE/$n.pid log=$STATE/$n.log
    if alive "$pidf"; then
        say "$n is running already (pid $(cat "$pidf"))"
        return
    fi
    # A fresh Payara root each time: a root kept from an earlier run holds the application too, which Payara would
    # deploy at boot and then replace with the bundle's (twice the start time).
    rm -rf "${STATE:?}/$n"
    mkdir -p "$STATE/$n"
    # Every member's address, comma-separated (Payara reads one port per address, no ranges).
    local members="" j
    for j in $(seq 1 "$NODES"); do members+="${members:+,}127.0.0.1:$((HZ_PORT + j))"; done
    # The bundle's boot properties switch clustering off (payaramicro.noCluster) unless the command line sets it.
    # shellcheck disable=SC2086
    nohup java $JAVA_OPTS -Dpayaramicro.noCluster=false -Djava.io.tmpdir="$STATE/$n" \
        -Dportal.node.name="$n" \
        -jar "$BUNDLE" \
        --name "$n" --port "$((NODE_PORT + i))" --nohostaware \
        --clusterName "$NAME" --clusterMode "tcpip:$members" \
        --interfaces 127.0.0.1 --hzPublicAddress 127.0.0.1 --startPort "$((HZ_PORT + i))" \
        --hzInitialJoinWait 1 \
        --rootDir "$STATE/$n/root" --prebootcommandfile "$PREBOOT" \
        >"$log" 2>&1 </dev/null &
    echo $! >"$pidf"
    say "$n started (pid $!, http://127.0.0.1:$((NODE_PORT + i)), Hazelcast 127.0.0.1:$((HZ_PORT + i)), log $log)"
}

wait_node() {
    local n=$1 i=$2
    local url="http://127.0.0.1:$((NODE_PORT + i))/health/ready"
    until curl -fs -o /dev/null -m 2 "$url"; do
        alive "$STATE/$n.pid" || die "$n stopped while starting: see $STATE/$n.log"
        (( $(date +%s) < DEADLINE )) || die "$n not ready after ${TIMEOUT}s: see $STATE/$n.log"
        sleep 1
    done
    say "$n is ready"
}

wait_ready() {
    local i=1
    for n in $(node_names); do
        wait_node "$n" "$i"
        i=$((i + 1))
    done
    # Ready when the balancer has sent requests to every node (its health checks have taken each one in).
    local seen="" want
    want=$(node_names | sort | tr '\n' ' ')
    until [[ $seen == "$want" ]]; do
        (( $(date +%s) < DEADLINE )) || die "the balancer reached only: ${seen:-no node} (see $STATE/haproxy.log)"
        local node
        node=$(curl -s -o /dev/null -m 5 -D - "http://127.0.0.1:$PORT/login.xhtml" \
            | tr -d '\r' | sed -n 's/^[Xx]-[Pp]ortal-[Nn]ode: *//p' || true)
        [[ -n $node ]] || sleep 0.5
        seen=$( (printf '%s\n' $seen; echo "$node") | sed '/^$/d' | sort -u | tr '\n' ' ')
    done
}

start() {
    check_database
    [[ -f $BUNDLE ]] || die "no $BUNDLE: build it first (mvn -B -q package -DskipTests)"
    local haproxy
    haproxy=$(haproxy_bin)
    mkdir -p "$STATE"
    DEADLINE=$(( $(date +%s) + TIMEOUT ))
    local t0=$SECONDS i=1
    # The first node alone migrates and seeds an empty database (FirstStart is not meant for two nodes at once);
    # the others start together once it is ready.
    start_node node1 1
    wait_node node1 1
    for i in $(seq 2 "$NODES"); do
        start_node "node$i" "$i"
    done
    local cfg
    cfg=$(write_haproxy_config)
    "$haproxy" -c -q -f "$cfg" || die "HAProxy refuses $cfg"
    if ! alive "$STATE/haproxy.pid"; then
        nohup "$haproxy" -f "$cfg" >"$STATE/haproxy.log" 2>&1 </dev/null &
        echo $! >"$STATE/haproxy.pid"
        say "HAProxy started (pid $!) on http://127.0.0.1:$PORT"
    fi
    wait_ready
    say "cluster '$NAME' of $NODES nodes ready behind http://127.0.0.1:$PORT in $((SECONDS - t0)) s"
}

stop_pid() {
    local pidf=$1 what=$2
    if alive "$pidf"; then
        local pid
        pid=$(cat "$pidf")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
        say "$what stopped (pid $pid)"
    fi
    rm -f "$pidf"
}

stop() {
    [[ -d $STATE ]] || { say "nothing to stop ($STATE does not exist)"; return; }
    stop_pid "$STATE/haproxy.pid" HAProxy
    for f in "$STATE"/node*.pid; do
        [[ -e $f ]] || continue
        stop_pid "$f" "$(basename "$f" .pid)"
    done
}

status() {
    local rc=0 i=1
    for n in $(node_names); do
        if alive "$STATE/$n.pid"; then
            local ready=DOWN
            curl -fs -o /dev/null -m 2 "http://127.0.0.1:$((NODE_PORT + i))/health/ready" && ready=UP
            echo "$n  pid $(cat "$STATE/$n.pid")  http://127.0.0.1:$((NODE_PORT + i))  ready: $ready"
        else
            echo "$n  not running"; rc=3
        fi
        i=$((i + 1))
    done
    if alive "$STATE/haproxy.pid"; then
        echo "balancer  pid $(cat "$STATE/haproxy.pid")  http://127.0.0.1:$PORT"
    else
        echo "balancer  not running"; rc=3
    fi
    return $rc
}

# One block, read whole before it runs: a start that takes minutes is not disturbed by an edit of this file.
{
    case ${1:-} in
        start) start ;;
        stop) stop ;;
        status) status ;;
        *) die "usage: $0 start|stop|status" ;;
    esac
    exit
}
