"""Supervisor accounts: scrypt hashes with per-user salts, sessions that expire, throttled failures, the
migration, and the `supervisor` command."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from sqlalchemy import inspect, select

from peer_reflect.dashboard.auth import (
    ABSOLUTE_TIMEOUT,
    IDLE_TIMEOUT,
    AccountError,
    Accounts,
    LoginThrottle,
    accounts_table,
    hash_password,
    sessions_table,
    verify_password,
)
from peer_reflect.storage import Store
from peer_reflect.storage.migrations import current_revision

PASSWORD = "correct horse battery staple"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 6, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(store_url: str, clock: Clock) -> Accounts:
    return Accounts(Store(store_url).engine, clock)


def test_passwords_are_scrypt_hashes_with_their_own_salt():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$16384$8$1$") and first != second  # a fresh salt every time
    assert PASSWORD not in first
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "!", first)
    assert not verify_password(PASSWORD, "md5$abc") and not verify_password(PASSWORD, "garbage")


def test_accounts_store_only_the_hash_and_check_names_and_passwords(accounts: Accounts):
    accounts.create("  Alice ", PASSWORD)
    with accounts.engine.connect() as connection:
        row = connection.execute(select(accounts_table)).one()
    assert row.name == "alice" and row.password_hash.startswith("scrypt$") and PASSWORD not in row.password_hash
    assert accounts.authenticate("ALICE", PASSWORD) == row.id
    assert accounts.authenticate("alice", "wrong password here") is None
    assert accounts.authenticate("bob", PASSWORD) is None
    with pytest.raises(AccountError, match="already exists"):
        accounts.create("alice", PASSWORD)
    with pytest.raises(AccountError, match="at least 12"):
        accounts.create("bob", "short")
    with pytest.raises(AccountError, match="name"):
        accounts.create("bob smith", PASSWORD)
    with pytest.raises(AccountError, match="not be the account name"):
        accounts.create("longusername1", "LongUserName1")
    assert accounts.names() == ["alice"]


def test_sessions_end_after_30_idle_minutes_or_8_hours(accounts: Accounts, clock: Clock):
    account = accounts.create("alice", PASSWORD)
    token, csrf = accounts.start_session(account)
    assert len(token) >= 43 and token != csrf
    with accounts.engine.connect() as connection:
        stored = connection.execute(select(sessions_table.c.token_hash)).scalar_one()
    assert stored != token and len(stored) == 64  # only the token's hash is kept

    session = accounts.session(token)
    assert session.name == "alice" and session.csrf_token == csrf
    clock.advance(minutes=29)
    assert accounts.session(token) is not None  # used: the idle clock restarts
    clock.advance(minutes=29)
    assert accounts.session(token) is not None
    clock.advance(minutes=31)
    assert accounts.session(token) is None  # idle too long
    assert accounts.session(token) is None  # and it is gone

    token, _ = accounts.start_session(account)
    for _ in range(int(ABSOLUTE_TIMEOUT / timedelta(minutes=20)) - 1):
        clock.advance(minutes=20)
        assert accounts.session(token) is not None
    clock.advance(minutes=20)
    assert accounts.session(token) is None  # 8 hours after sign-in, however busy
    assert IDLE_TIMEOUT == timedelta(minutes=30)

    assert accounts.session("not-a-token") is None and accounts.session("") is None and accounts.session("x" * 500) is None


def test_signing_out_changing_the_password_or_deleting_the_account_ends_sessions(accounts: Accounts):
    account = accounts.create("alice", PASSWORD)
    token, _ = accounts.start_session(account)
    accounts.end_session(token)
    assert accounts.session(token) is None
    token, _ = accounts.start_session(account)
    accounts.set_password("alice", PASSWORD + " two")
    assert accounts.session(token) is None
    assert accounts.authenticate("alice", PASSWORD) is None and accounts.authenticate("alice", PASSWORD + " two")
    token, _ = accounts.start_session(account)
    accounts.delete("alice")
    assert accounts.session(token) is None and accounts.names() == []
    with pytest.raises(AccountError, match="no supervisor account"):
        accounts.delete("alice")


def test_failed_sign_ins_double_the_wait_per_name_and_per_address():
    now = [100.0]
    throttle = LoginThrottle(base=1.0, maximum=60.0, clock=lambda: now[0])
    keys = throttle.keys("alice", "10.0.0.1")
    assert throttle.wait(keys) == 0
    waits = []
    for _ in range(8):
        throttle.failed(keys)
        waits.append(throttle.wait(keys))
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]  # doubling, capped
    # The same name from another address, and another name from the same address, wait too.
    assert throttle.wait(throttle.keys("alice", "10.9.9.9")) == 60
    assert throttle.wait(throttle.keys("bob", "10.0.0.1")) == 60
    assert throttle.wait(throttle.keys("bob", "10.9.9.9")) == 0
    now[0] += 61
    assert throttle.wait(keys) == 0
    throttle.succeeded("alice")
    assert throttle.wait(throttle.keys("alice", "10.9.9.9")) == 0  # the account's count is cleared
    # An unknown name is throttled exactly like a real one: the throttle says nothing about who exists.
    throttle.failed(throttle.keys("nobody", "10.1.1.1"))
    assert throttle.wait(throttle.keys("nobody", "10.2.2.2")) == 1


def test_migration_0003_adds_and_removes_the_account_tables(store_url: str):
    store = Store(store_url)
    assert current_revision(store.engine) >= "0003"
    assert {"supervisor_accounts", "supervisor_sessions"} <= set(inspect(store.engine).get_table_names())
    Accounts(store.engine).create("alice", PASSWORD)
    store.downgrade("0002")
    assert not {"supervisor_accounts", "supervisor_sessions"} & set(inspect(store.engine).get_table_names())
    store.migrate()
    assert Accounts(store.engine).names() == []


@pytest.mark.postgres
def test_accounts_and_sessions_on_postgresql(postgres_url: str, clock: Clock):
    store = Store(postgres_url)
    store.migrate()
    accounts = Accounts(store.engine, clock)
    account = accounts.create("alice", PASSWORD)
    token, _ = accounts.start_session(account)
    assert accounts.session(token).name == "alice"
    clock.advance(minutes=31)
    assert accounts.session(token) is None
    store.downgrade("0002")
    assert "supervisor_accounts" not in inspect(store.engine).get_table_names()


def test_supervisor_command_reads_the_password_from_stdin(store_url: str, monkeypatch, capsys):
    from peer_reflect.dashboard import cli
    from peer_reflect.settings import get_settings

    monkeypatch.setenv("DATABASE_URL", store_url)
    get_settings.cache_clear()
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert cli.main(["supervisor", "create", "Alice"]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
        assert cli.main(["supervisor", "create", "bob"]) == 2
        assert cli.main(["supervisor", "list"]) == 0
        out, err = capsys.readouterr()
        assert "Created supervisor account 'alice'" in out and out.strip().endswith("alice")
        assert "at least 12" in err and PASSWORD not in out + err
        assert Accounts(Store(store_url).engine).authenticate("alice", PASSWORD) is not None
    finally:
        get_settings.cache_clear()


def test_on_a_terminal_the_password_is_asked_twice():
    from peer_reflect.dashboard.cli import read_password

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter([PASSWORD, PASSWORD])
    assert read_password(Tty(), lambda prompt: next(answers)) == PASSWORD
    answers = iter([PASSWORD, PASSWORD + "x"])
    with pytest.raises(ValueError, match="differ"):
        read_password(Tty(), lambda prompt: next(answers))
