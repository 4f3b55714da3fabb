"""The endpoints guard refuses configurations that would keep raw conversation on disk, and the readiness
check names the dependency that is down. Fast: no Rasa server."""
from __future__ import annotations

import subprocess
import sys

import pytest

from peer_reflect.ops import services
from peer_reflect.ops.faults import TcpProxy
from peer_reflect.ops.guard import UnsafeEndpoints, check_endpoints, check_endpoints_file, check_rest_exposure
from peer_reflect.ops.readiness import check_redis, readiness
from peer_reflect.settings import PROJECT_ROOT
from tests.production.support import need

pytestmark = pytest.mark.production

REDIS_ENV = {
    "ACTION_ENDPOINT_URL": "http://127.0.0.1:5055/webhook",
    "REDIS_HOST": "127.0.0.1",
    "REDIS_PORT": "6379",
    "REDIS_PASSWORD": "",
    "REDIS_KEY_PREFIX": "peerreflect",
}
SQL_TRACKER = {"tracker_store": {"type": "SQL", "dialect": "postgresql", "url": "127.0.0.1", "db": "rasa"}}
REDIS_LOCK = {"type": "redis", "url": "127.0.0.1"}


def test_shipped_endpoint_files_pass():
    report = check_endpoints_file(PROJECT_ROOT / "deploy" / "endpoints.redis.yml", environ=REDIS_ENV)
    assert (report.tracker_store, report.lock_store, report.record_exp) == (
        "redis", "deploy.lock_store.AtomicRedisLockStore", 3600)
    assert not report.notes
    assert check_endpoints_file(PROJECT_ROOT / "endpoints.yml", environ={}).tracker_store == "in_memory"


@pytest.mark.parametrize("kind", ["sql", "SQL", "mongod", "dynamo", "rasa.core.tracker_store.SQLTrackerStore"])
def test_tracker_stores_that_write_raw_text_to_disk_are_refused(kind):
    config = {"tracker_store": {"type": kind}, "lock_store": REDIS_LOCK}
    with pytest.raises(UnsafeEndpoints, match="ALLOW_SQL_TRACKER_STORE=true"):
        check_endpoints(config, environ={})


def test_sql_tracker_store_only_with_explicit_opt_in():
    with pytest.raises(UnsafeEndpoints):
        check_endpoints(SQL_TRACKER, environ={"ALLOW_SQL_TRACKER_STORE": "no"})
    report = check_endpoints(SQL_TRACKER, environ={"ALLOW_SQL_TRACKER_STORE": "true"})
    assert report.tracker_store == "SQL" and "raw message" in report.notes[0]


def test_redis_tracker_store_needs_an_expiry_no_longer_than_the_session():
    base = {"lock_store": REDIS_LOCK}
    with pytest.raises(UnsafeEndpoints, match="record_exp"):
        check_endpoints({**base, "tracker_store": {"type": "redis", "url": "x"}}, environ={})
    with pytest.raises(UnsafeEndpoints, match="outlive the session"):
        check_endpoints({**base, "tracker_store": {"type": "redis", "record_exp": 7200}}, environ={},
                        session_seconds=3600)
    ok = check_endpoints({**base, "tracker_store": {"type": "redis", "record_exp": "3600"}}, environ={},
                         session_seconds=3600)
    assert ok.record_exp == 3600


def test_shared_tracker_store_without_shared_lock_store_is_refused():
    with pytest.raises(UnsafeEndpoints, match="shared lock store"):
        check_endpoints({"tracker_store": {"type": "redis", "record_exp": 600}}, environ={})


def test_event_broker_and_public_action_server_are_refused():
    with pytest.raises(UnsafeEndpoints, match="event_broker"):
        check_endpoints({"event_broker": {"type": "pika", "url": "localhost"}}, environ={})
    assert check_endpoints({"event_broker": {"type": "pika"}}, environ={"ALLOW_EVENT_BROKER": "1"}).notes
    with pytest.raises(UnsafeEndpoints, match="public address"):
        check_endpoints({"action_endpoint": {"url": "http://8.8.8.8:5055/webhook"}}, environ={})
    for private in ("http://127.0.0.1:5055/webhook", "http://10.0.3.7:5055/webhook", "http://actions:5055/webhook"):
        check_endpoints({"action_endpoint": {"url": private}}, environ={})


def test_unset_environment_variable_is_a_clear_error():
    with pytest.raises(UnsafeEndpoints, match="REDIS_HOST"):
        check_endpoints_file(PROJECT_ROOT / "deploy" / "endpoints.redis.yml",
                             environ={k: v for k, v in REDIS_ENV.items() if k != "REDIS_HOST"})


def test_guard_command_exits_non_zero_with_the_reason(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("tracker_store:\n  type: sql\n  dialect: sqlite\n  db: trackers.db\n")
    refused = subprocess.run([sys.executable, "-m", "peer_reflect.ops.guard", str(endpoints)],
                             capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, cwd=PROJECT_ROOT)
    assert refused.returncode == 2
    assert "writes every raw message" in refused.stderr and "ALLOW_SQL_TRACKER_STORE=true" in refused.stderr
    allowed = subprocess.run([sys.executable, "-m", "peer_reflect.ops.guard", str(endpoints)],
                             capture_output=True, text=True, cwd=PROJECT_ROOT,
                             env={"PATH": "/usr/bin:/bin", "ALLOW_SQL_TRACKER_STORE": "true"})
    assert allowed.returncode == 0, allowed.stderr


@pytest.mark.redis
def test_readiness_names_the_dependency_that_is_down():
    need(services.redis_problem())
    host, port = services.redis_address()
    with TcpProxy(host, port) as proxy:
        assert check_redis("127.0.0.1", proxy.port).ok
        proxy.cut()
        down = check_redis("127.0.0.1", proxy.port)
        assert not down.ok and "unreachable" in down.detail
        env = {**REDIS_ENV, "REDIS_PORT": str(proxy.port), "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook"}
        checks = readiness(str(PROJECT_ROOT / "deploy" / "endpoints.redis.yml"), environ=env)
        failed = {c.name.split()[0] for c in checks if not c.ok}
        assert failed == {"tracker_store", "lock_store", "action"}


def test_quoted_placeholders_which_rasa_leaves_unexpanded_are_refused(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text('lock_store:\n  type: redis\n  url: "${REDIS_HOST}"\n')
    with pytest.raises(UnsafeEndpoints, match="quoted"):
        check_endpoints_file(endpoints, environ={"REDIS_HOST": "127.0.0.1"})


@pytest.mark.parametrize("interface", ["127.0.0.1", "::1", "localhost"])
def test_rest_on_loopback_needs_no_token(interface):
    check_rest_exposure(interface, {})


def test_rest_beyond_loopback_needs_a_token_or_an_explicit_opt_in():
    with pytest.raises(UnsafeEndpoints, match="REST_CHANNEL_TOKEN"):
        check_rest_exposure("0.0.0.0", {})
    with pytest.raises(UnsafeEndpoints, match="another worker's sender id"):
        check_rest_exposure("10.0.0.2", {"REST_CHANNEL_TOKEN": "  "})
    check_rest_exposure("10.0.0.2", {"REST_CHANNEL_TOKEN": "s3cret-token"})
    check_rest_exposure("0.0.0.0", {"ALLOW_UNAUTHENTICATED_REST": "true"})


def test_deploy_script_passes_its_interface_to_the_guard():
    script = (PROJECT_ROOT / "deploy" / "run_rasa.sh").read_text()
    assert '--interface "$INTERFACE"' in script.split("peer_reflect.ops.guard", 1)[1].splitlines()[0]
