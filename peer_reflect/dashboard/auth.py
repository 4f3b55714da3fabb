"""Supervisor accounts, dashboard sessions and login throttling.

- Passwords: hashlib.scrypt (N=2^14, r=8, p=1, 32 bytes) with a random 16-byte salt per account, stored as
  `scrypt$N$r$p$salt$hash` (base64) so the cost can be raised later without breaking old hashes. An
  unknown name is checked against a dummy hash, so a wrong name and a wrong password take the same time.
- Sessions: a random 256-bit token in the browser's cookie; the database keeps only its SHA-256, so a copy
  of the database cannot be replayed as a login. A session ends after IDLE_TIMEOUT without a request or
  ABSOLUTE_TIMEOUT after sign-in, whichever comes first; signing out, a password change or deleting the
  account ends it at once. Each session carries its own CSRF token.
- Throttling: each failed sign-in doubles the wait before the next attempt is even checked, per account
  name and per client address (1 s, 2 s, 4 s, ... up to 15 minutes); success clears the account's count.
  Names that do not exist are throttled exactly like real ones, so the throttle reveals nothing either.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN, SALT_BYTES = 2**14, 8, 1, 32, 16
SCRYPT_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # scrypt cost grows with the input; nobody types more
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=8)
TOUCH_EVERY = timedelta(seconds=60)  # last-use time is written at most this often

THROTTLE_BASE_SECONDS = 1.0
THROTTLE_MAX_SECONDS = 900.0
THROTTLE_MAX_KEYS = 100_000

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """Naive UTC, as stored (SQLite keeps no time zone)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


# The tables of migration 0003 (kept beside the code that uses them; the migration is the source of truth).
metadata = MetaData()
accounts_table = Table(
    "supervisor_accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("password_changed_at", DateTime, nullable=False),
)
sessions_table = Table(
    "supervisor_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", Integer, ForeignKey("supervisor_accounts.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=False),
)


class AccountError(ValueError):
    """A name or password that cannot be used, or an account that does (not) exist; the message says why."""


# -- passwords ----------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM,
                            dklen=SCRYPT_DKLEN)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = encoded.split("$")
        if scheme != "scrypt":
            return False
        salt_bytes, expected_bytes = base64.b64decode(salt), base64.b64decode(expected)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt_bytes, n=int(n), r=int(r), p=int(p),
                                maxmem=SCRYPT_MAXMEM, dklen=len(expected_bytes))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected_bytes)


_dummy_hash: str | None = None


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password(secrets.token_urlsafe(16))
    return _dummy_hash


def normalise_name(name: str) -> str:
    return (name or "").strip().lower()


def check_new_password(password: str, name: str = "") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at most {MAX_PASSWORD_LENGTH} characters")
    if name and normalise_name(password) == normalise_name(name):
        raise AccountError("the password must not be the account name")


def check_name(name: str) -> str:
    normal = normalise_name(name)
    if not NAME_RE.match(normal):
        raise AccountError("a name is 1-64 letters, digits, dots, dashes or underscores, starting with a letter "
                           "or digit (it is stored in lower case)")
    return normal


# -- accounts -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionInfo:
    account_id: int
    name: str
    csrf_token: str
    created_at: datetime
    last_seen_at: datetime


class Accounts:
    """Supervisor accounts and their sessions in the Peer Reflect database (schema revision 0003+)."""

    def __init__(self, engine: Engine, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    # accounts

    def create(self, name: str, password: str) -> int:
        name = check_name(name)
        check_new_password(password, name)
        now = self.clock()
        try:
            with self.engine.begin() as connection:
                return connection.execute(insert(accounts_table).values(
                    name=name, password_hash=hash_password(password), created_at=now, password_changed_at=now,
                )).inserted_primary_key[0]
        except IntegrityError:
            raise AccountError(f"a supervisor account named {name!r} already exists") from None

    def set_password(self, name: str, password: str) -> None:
        name = check_name(name)
        check_new_password(password, name)
        with self.engine.begin() as connection:
            account_id = self._id(connection, name)
            connection.execute(update(accounts_table).where(accounts_table.c.id == account_id).values(
                password_hash=hash_password(password), password_changed_at=self.clock()))
            connection.execute(delete(sessions_table).where(sessions_table.c.account_id == account_id))

    def delete(self, name: str) -> None:
        name = check_name(name)
        with self.engine.begin() as connection:
            account_id = self._id(connection, name)
            connection.execute(delete(sessions_table).where(sessions_table.c.account_id == account_id))
            connection.execute(delete(accounts_table).where(accounts_table.c.id == account_id))

    def names(self) -> list[str]:
        with self.engine.connect() as connection:
            return list(connection.execute(select(accounts_table.c.name).order_by(accounts_table.c.name)).scalars())

    def count(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(accounts_table)).scalar_one()

    def authenticate(self, name: str, password: str) -> int | None:
        """The account id when the name and password match; None otherwise (in the same time either way)."""
        normal = normalise_name(name)
        row = None
        if NAME_RE.match(normal) and len(password) <= MAX_PASSWORD_LENGTH:
            with self.engine.connect() as connection:
                row = connection.execute(select(accounts_table.c.id, accounts_table.c.password_hash)
                                         .where(accounts_table.c.name == normal)).first()
        if row is None:
            verify_password(password[:MAX_PASSWORD_LENGTH], _dummy())
            return None
        return row.id if verify_password(password, row.password_hash) else None

    @staticmethod
    def _id(connection, name: str) -> int:  # noqa: ANN001 - a SQLAlchemy Connection
        account_id = connection.execute(select(accounts_table.c.id).where(accounts_table.c.name == name)).scalar()
        if account_id is None:
            raise AccountError(f"no supervisor account named {name!r}")
        return account_id

    # sessions

    def start_session(self, account_id: int) -> tuple[str, str]:
        """A new session: (token for the cookie, CSRF token for the forms)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self.clock()
        with self.engine.begin() as connection:
            self._purge(connection, now)
            connection.execute(insert(sessions_table).values(
                token_hash=_token_hash(token), account_id=account_id, csrf_token=csrf, created_at=now,
                last_seen_at=now))
        return token, csrf

    def session(self, token: str | None) -> SessionInfo | None:
        """The live session of a cookie token (its last use recorded), or None; expired ones are deleted."""
        if not token or len(token) > 128:
            return None
        now = self.clock()
        key = _token_hash(token)
        s, a = sessions_table.c, accounts_table.c
        with self.engine.begin() as connection:
            row = connection.execute(
                select(s.account_id, a.name, s.csrf_token, s.created_at, s.last_seen_at)
                .join_from(sessions_table, accounts_table, s.account_id == a.id)
                .where(s.token_hash == key)
            ).first()
            if row is None:
                return None
            if now - row.last_seen_at >= IDLE_TIMEOUT or now - row.created_at >= ABSOLUTE_TIMEOUT:
                connection.execute(delete(sessions_table).where(s.token_hash == key))
                return None
            last_seen = row.last_seen_at
            if now - last_seen >= TOUCH_EVERY:
                connection.execute(update(sessions_table).where(s.token_hash == key).values(last_seen_at=now))
                last_seen = now
        return SessionInfo(row.account_id, row.name, row.csrf_token, row.created_at, last_seen)

    def end_session(self, token: str | None) -> None:
        if token and len(token) <= 128:
            with self.engine.begin() as connection:
                connection.execute(delete(sessions_table).where(sessions_table.c.token_hash == _token_hash(token)))

    def _purge(self, connection, now: datetime) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
        s = sessions_table.c
        connection.execute(delete(sessions_table).where(
            (s.last_seen_at <= now - IDLE_TIMEOUT) | (s.created_at <= now - ABSOLUTE_TIMEOUT)))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# -- throttling ---------------------------------------------------------------------------------------------


class LoginThrottle:
    """Exponential delay after failed sign-ins, per account name and per client address (in memory).

    After the n-th failure in a row the next attempt for that name, or from that address, is refused
    without checking the password until min(BASE * 2^(n-1), MAX) seconds have passed. A key idle for
    twice the maximum starts again from zero.
    """

    def __init__(self, base: float = THROTTLE_BASE_SECONDS, maximum: float = THROTTLE_MAX_SECONDS,
                 clock: Callable[[], float] | None = None) -> None:
        import time

        self.base, self.maximum = base, maximum
        self.clock = clock or time.monotonic
        self._state: dict[str, tuple[int, float]] = {}  # key -> (failures in a row, time of the last)
        self._lock = threading.Lock()

    @staticmethod
    def keys(name: str, address: str) -> list[str]:
        return [f"name:{normalise_name(name)[:64]}", f"addr:{address}"]

    def _delay(self, failures: int) -> float:
        return min(self.base * 2 ** (failures - 1), self.maximum) if failures else 0.0

    def wait(self, keys: list[str]) -> float:
        """Seconds until an attempt for these keys may be checked (0: now)."""
        now = self.clock()
        with self._lock:
            waits = []
            for key in keys:
                failures, last = self._state.get(key, (0, 0.0))
                if failures and now - last > 2 * self.maximum:
                    self._state.pop(key, None)
                    continue
                waits.append(last + self._delay(failures) - now if failures else 0.0)
        return max([0.0, *waits])

    def failed(self, keys: list[str]) -> None:
        now = self.clock()
        with self._lock:
            if len(self._state) >= THROTTLE_MAX_KEYS:
                self._prune(now)
            for key in keys:
                failures, last = self._state.get(key, (0, 0.0))
                if failures and now - last > 2 * self.maximum:
                    failures = 0
                self._state[key] = (failures + 1, now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._state.pop(f"name:{normalise_name(name)[:64]}", None)

    def _prune(self, now: float) -> None:
        stale = [key for key, (_, last) in self._state.items() if now - last > 2 * self.maximum]
        for key in stale:
            del self._state[key]
        if len(self._state) >= THROTTLE_MAX_KEYS:
            # A flood of fresh addresses: forget the oldest half, addresses before account names, so that
            # rotating addresses cannot wipe an account's count.
            by_age = sorted(self._state.items(), key=lambda item: (item[0].startswith("name:"), item[1][1]))
            for key, _ in by_age[: THROTTLE_MAX_KEYS // 2]:
                del self._state[key]
