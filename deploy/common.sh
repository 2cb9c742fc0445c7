# deploy/common.sh — sourced (not run) by deploy/verify, fault-suite, hostile-suite, platform and .ci/run: where
# things are, and which stack folder and ports each of them uses. Every default port lies below 32768, outside
# Linux's ephemeral range (32768-60999), where a client's outgoing socket could hold it when a server starts.
# shellcheck shell=bash

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_DIR="$(dirname "$DEPLOY_DIR")"
STACK="$DEPLOY_DIR/stack"

# The separate stack of deploy/verify (and CI): IB_TEST_* override its folder and ports.
TEST_STACK_DIR_DEFAULT="$DEPLOY_DIR/.stack-test"
TEST_PG_PORT_DEFAULT=25432 TEST_KAFKA_PORT_DEFAULT=29092 TEST_KAFKA_CONTROLLER_PORT_DEFAULT=29093
TEST_ES_PORT_DEFAULT=29200 TEST_ES_TRANSPORT_PORT_DEFAULT=29300
# The stack and services of the fault and hostile-input suites: IB_FAULT_* override them; the services take
# IB_FAULT_SERVICE_PORT (the gateway) and the three ports after it.
FAULT_STACK_DIR_DEFAULT="$DEPLOY_DIR/.stack-fault"
FAULT_PG_PORT_DEFAULT=22432 FAULT_KAFKA_PORT_DEFAULT=22092 FAULT_KAFKA_CONTROLLER_PORT_DEFAULT=22093
FAULT_ES_PORT_DEFAULT=22200 FAULT_ES_TRANSPORT_PORT_DEFAULT=22300 FAULT_SERVICE_PORT_DEFAULT=22080

# Points deploy/stack (the IB_* variables) at the test stack.
use_test_stack() {
  export IB_STACK_DIR="${IB_TEST_STACK_DIR:-$TEST_STACK_DIR_DEFAULT}"
  export IB_PG_PORT="${IB_TEST_PG_PORT:-$TEST_PG_PORT_DEFAULT}"
  export IB_KAFKA_PORT="${IB_TEST_KAFKA_PORT:-$TEST_KAFKA_PORT_DEFAULT}"
  export IB_KAFKA_CONTROLLER_PORT="${IB_TEST_KAFKA_CONTROLLER_PORT:-$TEST_KAFKA_CONTROLLER_PORT_DEFAULT}"
  export IB_ES_PORT="${IB_TEST_ES_PORT:-$TEST_ES_PORT_DEFAULT}"
  export IB_ES_TRANSPORT_PORT="${IB_TEST_ES_TRANSPORT_PORT:-$TEST_ES_TRANSPORT_PORT_DEFAULT}"
}

# Points deploy/stack at the suites' stack and sets FAULT_SERVICE_PORT, the first of the services' four ports.
use_fault_stack() {
  export IB_STACK_DIR="${IB_FAULT_STACK_DIR:-$FAULT_STACK_DIR_DEFAULT}"
  export IB_PG_PORT="${IB_FAULT_PG_PORT:-$FAULT_PG_PORT_DEFAULT}"
  export IB_KAFKA_PORT="${IB_FAULT_KAFKA_PORT:-$FAULT_KAFKA_PORT_DEFAULT}"
  export IB_KAFKA_CONTROLLER_PORT="${IB_FAULT_KAFKA_CONTROLLER_PORT:-$FAULT_KAFKA_CONTROLLER_PORT_DEFAULT}"
  export IB_ES_PORT="${IB_FAULT_ES_PORT:-$FAULT_ES_PORT_DEFAULT}"
  export IB_ES_TRANSPORT_PORT="${IB_FAULT_ES_TRANSPORT_PORT:-$FAULT_ES_TRANSPORT_PORT_DEFAULT}"
  FAULT_SERVICE_PORT="${IB_FAULT_SERVICE_PORT:-$FAULT_SERVICE_PORT_DEFAULT}"
}

# Reuses the test stack's folder and ports for the suites (CI: nothing downloaded or started twice).
fault_suites_on_test_stack() {
  export IB_FAULT_STACK_DIR="${IB_TEST_STACK_DIR:-$TEST_STACK_DIR_DEFAULT}"
  export IB_FAULT_PG_PORT="${IB_TEST_PG_PORT:-$TEST_PG_PORT_DEFAULT}"
  export IB_FAULT_KAFKA_PORT="${IB_TEST_KAFKA_PORT:-$TEST_KAFKA_PORT_DEFAULT}"
  export IB_FAULT_KAFKA_CONTROLLER_PORT="${IB_TEST_KAFKA_CONTROLLER_PORT:-$TEST_KAFKA_CONTROLLER_PORT_DEFAULT}"
  export IB_FAULT_ES_PORT="${IB_TEST_ES_PORT:-$TEST_ES_PORT_DEFAULT}"
  export IB_FAULT_ES_TRANSPORT_PORT="${IB_TEST_ES_TRANSPORT_PORT:-$TEST_ES_TRANSPORT_PORT_DEFAULT}"
}

# As root, Elasticsearch and PostgreSQL run as an unprivileged user, which must traverse every parent of the
# stack folder; a checkout under a private folder (such as /root) is not reachable for it. True when it is.
checkout_reachable_by_stack_user() {
  [ "$(id -u)" != 0 ] || runuser -u nobody -- test -x "$DEPLOY_DIR"
}

# Notes whether the stack already runs and stops it when the calling script exits unless it did; a script with
# an EXIT trap of its own calls stop_stack_unless_kept from it.
keep_stack_as_found() {
  stack_was_running=false
  "$STACK" status >/dev/null 2>&1 && stack_was_running=true
  trap stop_stack_unless_kept EXIT
}

stop_stack_unless_kept() {
  $stack_was_running || "$STACK" stop
}
