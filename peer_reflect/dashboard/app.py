"""The supervisor dashboard: a read-only web page over the suppressed aggregates (stdlib http.server).

Every figure comes from `peer_reflect.review.summary` (suppressed there) through the chart and trend
functions that only read published figures; the dashboard never reads a worker id, only the optional
excerpts query touches reflections, and it returns anonymised phrases alone.

Requests: GET /login, POST /login, POST /logout, GET / (the dashboard, filters in the query string),
GET /download.csv (the same filters), GET /static/dashboard.css. Everything but the login page and the
style sheet needs a live session; a missing or expired one is sent to the login page.
"""
from __future__ import annotations

import hmac
import ipaddress
import os
import random
import secrets
import socket
import ssl
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from peer_reflect.dashboard import svg
from peer_reflect.dashboard.auth import ABSOLUTE_TIMEOUT, Accounts, LoginThrottle, SessionInfo
from peer_reflect.review import render_csv, summary
from peer_reflect.review.aggregates import Figure, Summary
from peer_reflect.review.charts import CHECKIN_BANDS, cooccurrence_data, theme_names, trend_data
from peer_reflect.review.render import NO_TEAM, period_label
from peer_reflect.storage import Store

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
SESSION_COOKIE = "__Host-pr_session"
LOGIN_COOKIE = "__Host-pr_login"
MAX_BODY = 8 * 1024
EXCERPTS_PER_THEME = 3
TEAMS_TTL_SECONDS = 60
SUPPRESSED_TEXT = "supp."

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Content-Security-Policy": "; ".join([
        "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "form-action 'self'",
        "frame-ancestors 'none'", "base-uri 'none'",
    ]),
}


def env_flag(name: str) -> bool:
    from peer_reflect.settings import get_settings

    get_settings()  # loads .env into the environment first
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class DashboardConfig:
    show_excerpts: bool = False
    min_group_size: int | None = None  # None: MIN_GROUP_SIZE from the settings
    allowed_hosts: set[str] = field(default_factory=set)  # empty: any (see `serve`)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""
    client: str = "unknown"
    scheme: str = "http"

    @property
    def cookies(self) -> dict[str, str]:
        jar: dict[str, str] = {}
        for part in self.headers.get("cookie", "").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep and name and name not in jar:
                jar[name] = value
        return jar

    def form(self) -> dict[str, str]:
        if not self.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return {}
        parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=20)
        return {key: values[0] for key, values in parsed.items()}


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cookies: list[str] = field(default_factory=list)


def _cookie(name: str, value: str, max_age: int | None) -> str:
    parts = [f"{name}={value}", "Path=/", "Secure", "HttpOnly", "SameSite=Strict"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return "; ".join(parts)


def _redirect(location: str, cookies: list[str] | None = None) -> Response:
    return Response(HTTPStatus.SEE_OTHER, b"", {"Location": location, "Cache-Control": "no-store"}, cookies or [])


# -- filters ----------------------------------------------------------------------------------------------


@dataclass
class Filters:
    period: str = "month"
    team: str | None = None
    since: date | None = None
    until: date | None = None
    notices: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, query: dict[str, str], teams: list[str]) -> "Filters":
        f = cls()
        period = query.get("period", "month")
        if period in ("week", "month"):
            f.period = period
        else:
            f.errors.append("Period must be week or month; showing months.")
        team = query.get("team", "").strip()
        if team:
            if team in teams:
                f.team = team
            else:
                f.errors.append("That team has no figures to show; showing the whole service.")
        for name in ("since", "until"):
            raw = query.get(name, "").strip()
            if not raw:
                continue
            try:
                setattr(f, name, date.fromisoformat(raw))
            except ValueError:
                f.errors.append(f"{'From' if name == 'since' else 'To'} date {raw[:20]!r} is not a date like "
                                "2024-03-01; it was left out.")
        if f.since and f.until and f.since > f.until:
            f.errors.append("The From date was after the To date; they were swapped.")
            f.since, f.until = f.until, f.since
        if f.team and f.period == "week":
            f.period = "month"
            f.notices.append("Team figures are published by month only (weekly team figures would be almost "
                             "all suppressed), so this shows months.")
        return f

    def query(self, **override: object) -> str:
        values = {"period": self.period, "team": self.team or "", "since": self.since or "",
                  "until": self.until or "", **override}
        return urlencode({key: str(value) for key, value in values.items() if value})


# -- the application --------------------------------------------------------------------------------------


class Dashboard:
    """Request -> Response; the HTTP server below is a thin adapter around `handle`."""

    def __init__(self, store: Store, config: DashboardConfig | None = None, accounts: Accounts | None = None,
                 throttle: LoginThrottle | None = None) -> None:
        self.store = store
        self.config = config or DashboardConfig()
        self.accounts = accounts or Accounts(store.engine)
        self.throttle = throttle or LoginThrottle()
        self.templates = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self._names: dict[str, str] | None = None
        self._teams: tuple[float, list[str]] | None = None

    @property
    def names(self) -> dict[str, str]:
        if self._names is None:
            self._names = theme_names()
        return self._names

    # routing

    def handle(self, request: Request) -> Response:
        try:
            response = self._route(request)
        except Exception:  # noqa: BLE001 - fail closed with no detail (the detail could carry data)
            response = self._page("error.html", HTTPStatus.INTERNAL_SERVER_ERROR, message="Something went wrong.")
        response.headers = {**SECURITY_HEADERS, **response.headers}
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def _route(self, request: Request) -> Response:
        if self.config.allowed_hosts and request.headers.get("host", "").lower() not in self.config.allowed_hosts:
            return Response(HTTPStatus.BAD_REQUEST, b"Bad Host header\n", {"Content-Type": "text/plain"})
        route = (request.method, request.path)
        if request.method == "POST" and not self._same_origin(request):
            return Response(HTTPStatus.FORBIDDEN, b"Cross-site request refused\n", {"Content-Type": "text/plain"})
        if route == ("GET", "/static/dashboard.css"):
            return Response(HTTPStatus.OK, (STATIC / "dashboard.css").read_bytes(),
                            {"Content-Type": "text/css; charset=utf-8", "Cache-Control": "private, max-age=600"})
        if route == ("GET", "/favicon.ico"):
            return Response(HTTPStatus.NO_CONTENT)
        if route == ("GET", "/login"):
            return self._login_page(request)
        if route == ("POST", "/login"):
            return self._login(request)
        session = self.accounts.session(request.cookies.get(SESSION_COOKIE))
        if session is None:
            expired = SESSION_COOKIE in request.cookies
            cookies = [_cookie(SESSION_COOKIE, "", 0)] if expired else []
            if request.method == "GET" and request.path in ("/", "/download.csv"):
                return _redirect("/login?expired=1" if expired else "/login", cookies)
            return Response(HTTPStatus.UNAUTHORIZED, b"Sign in first\n", {"Content-Type": "text/plain"}, cookies)
        if route == ("POST", "/logout"):
            return self._logout(request, session)
        if route == ("GET", "/"):
            return self._dashboard(request, session)
        if route == ("GET", "/download.csv"):
            return self._csv(request)
        if request.method not in ("GET", "POST"):
            return Response(HTTPStatus.METHOD_NOT_ALLOWED, b"Method not allowed\n",
                            {"Content-Type": "text/plain", "Allow": "GET, POST"})
        return self._page("error.html", HTTPStatus.NOT_FOUND, message="There is no such page.", session=session)

    @staticmethod
    def _same_origin(request: Request) -> bool:
        """POSTs must come from this site's own pages (on top of SameSite=Strict cookies and CSRF tokens).

        Browsers say where a request comes from in Sec-Fetch-Site and Origin; with Referrer-Policy
        no-referrer a same-origin form post carries "Origin: null", so then Sec-Fetch-Site must vouch.
        """
        site = request.headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("origin")
        if origin is None:
            return True
        if origin == "null":
            return site == "same-origin"
        return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()

    def _page(self, template: str, status: int = HTTPStatus.OK, cookies: list[str] | None = None,
              headers: dict[str, str] | None = None, **context: object) -> Response:
        body = self.templates.get_template(template).render(**context).encode("utf-8")
        return Response(status, body, {"Content-Type": "text/html; charset=utf-8", **(headers or {})},
                        cookies or [])

    # sign in and out

    def _login_page(self, request: Request, status: int = HTTPStatus.OK, error: str = "", name: str = "",
                    headers: dict[str, str] | None = None) -> Response:
        if not error and self.accounts.session(request.cookies.get(SESSION_COOKIE)) is not None:
            return _redirect("/")
        token = request.cookies.get(LOGIN_COOKIE, "")
        cookies = []
        if not (20 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum()):
            token = secrets.token_urlsafe(24)
            cookies.append(_cookie(LOGIN_COOKIE, token, 3600))
        notice = ""
        if request.query.get("expired"):
            notice = "Your session ended. Please sign in again."
        elif request.query.get("signed_out"):
            notice = "You are signed out."
        return self._page("login.html", status, cookies, headers, csrf=token, error=error, notice=notice, name=name,
                          no_accounts=self.accounts.count() == 0)

    def _login(self, request: Request) -> Response:
        if len(request.body) > MAX_BODY:
            return Response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"Too large\n", {"Content-Type": "text/plain"})
        form = request.form()
        cookie = request.cookies.get(LOGIN_COOKIE, "")
        if not cookie or not hmac.compare_digest(form.get("csrf", "").encode(), cookie.encode()):
            return self._login_page(request, HTTPStatus.FORBIDDEN,
                                    "The form had expired. Please try again.")
        name, password = form.get("name", "")[:200], form.get("password", "")
        keys = self.throttle.keys(name, request.client)
        wait = self.throttle.wait(keys)
        if wait > 0:
            seconds = max(1, round(wait + 0.49))
            return self._login_page(
                request, HTTPStatus.TOO_MANY_REQUESTS,
                f"Too many failed sign-ins. Please wait {seconds} second{'s' if seconds != 1 else ''} and try again.",
                name, {"Retry-After": str(seconds)})
        account_id = self.accounts.authenticate(name, password)
        if account_id is None:
            self.throttle.failed(keys)
            return self._login_page(request, HTTPStatus.UNAUTHORIZED, "Name or password not recognised.", name)
        self.throttle.succeeded(name)
        token, _ = self.accounts.start_session(account_id)
        return _redirect("/", [_cookie(SESSION_COOKIE, token, int(ABSOLUTE_TIMEOUT.total_seconds())),
                               _cookie(LOGIN_COOKIE, "", 0)])

    def _logout(self, request: Request, session: SessionInfo) -> Response:
        form = request.form()
        if not hmac.compare_digest(form.get("csrf", "").encode(), session.csrf_token.encode()):
            return Response(HTTPStatus.FORBIDDEN, b"Form expired; reload the page\n", {"Content-Type": "text/plain"})
        self.accounts.end_session(request.cookies.get(SESSION_COOKIE))
        return _redirect("/login?signed_out=1", [_cookie(SESSION_COOKIE, "", 0)])

    # the dashboard

    def teams(self) -> list[str]:
        """Teams with at least one period shown (a team that is always too small is not even listed);
        kept for a minute, as every page and download needs the list."""
        import time

        now = time.monotonic()
        if self._teams is None or now - self._teams[0] > TEAMS_TTL_SECONDS:
            report = summary(self.store, "month", by_team=True, min_group_size=self.config.min_group_size)
            self._teams = (now, sorted({g.team for g in report.groups if g.team is not None and not g.too_small}))
        return self._teams[1]

    def report(self, filters: Filters) -> Summary:
        return summary(self.store, filters.period, team=filters.team, since=filters.since, until=filters.until,
                       min_group_size=self.config.min_group_size)

    def _dashboard(self, request: Request, session: SessionInfo) -> Response:
        teams = self.teams()
        filters = Filters.parse(request.query, teams)
        report = self.report(filters)
        context = build_view(report, filters, self.names)
        context["excerpts"] = self.excerpts(report, filters) if self.config.show_excerpts else None
        return self._page("dashboard.html", session=session, filters=filters, teams=teams,
                          csv_url="/download.csv?" + filters.query(), show_excerpts=self.config.show_excerpts,
                          **context)

    def _csv(self, request: Request) -> Response:
        filters = Filters.parse(request.query, self.teams())
        report = self.report(filters)
        name = f"peer-reflect-{filters.period}{'-' + filters.team if filters.team else ''}.csv"
        name = "".join(c if c.isalnum() or c in "-._" else "_" for c in name)
        return Response(HTTPStatus.OK, render_csv(report).encode("utf-8"), {
            "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": f'attachment; filename="{name}"'})

    # excerpts

    def excerpts(self, report: Summary, filters: Filters) -> dict[str, list[str]]:
        """Up to three anonymised evidence phrases per theme, each from a different worker, drawn only from
        periods where the theme's published figure rests on at least min_group_size workers."""
        from sqlalchemy import func, select

        from peer_reflect.storage.models import Reflection, ReflectionTheme

        k = report.min_group_size
        result: dict[str, list[str]] = {}
        for theme in report.theme_ids:
            buckets = [g.period_start for g in report.groups
                       if not g.too_small and not g.themes[theme].suppressed and (g.themes[theme].workers or 0) >= k]
            if not buckets:
                continue
            mondays = sorted({monday for start in buckets for monday in _mondays(start, report.period)})
            query = (select(ReflectionTheme.evidence, Reflection.worker_id)
                     .join(Reflection, Reflection.id == ReflectionTheme.reflection_id)
                     .where(ReflectionTheme.theme_id == theme, Reflection.period_start.in_(mondays))
                     .order_by(func.random()).limit(60))
            if filters.team:
                query = query.where(Reflection.team == filters.team)
            phrases: list[str] = []
            seen_workers: set[str] = set()
            with self.store.engine.connect() as connection:
                for evidence, worker in connection.execute(query):
                    usable = [p for p in (evidence or []) if isinstance(p, str) and 3 <= len(p.strip()) <= 200]
                    if worker in seen_workers or not usable:
                        continue
                    seen_workers.add(worker)
                    phrases.append(random.choice(usable).strip())
                    if len(phrases) == EXCERPTS_PER_THEME:
                        break
            if phrases:
                result[theme] = phrases
        return result


def _mondays(start: date, period: str) -> list[date]:
    if period == "week":
        return [start]
    monday = start + timedelta(days=(7 - start.weekday()) % 7)
    result = []
    while monday.month == start.month:
        result.append(monday)
        monday += timedelta(days=7)
    return result


# -- what the page shows ----------------------------------------------------------------------------------


@dataclass
class CellView:
    text: str
    suppressed: bool = False
    too_small: bool = False
    count: int | None = None
    key: str = ""  # data attributes: which published cell this is
    period: str = ""


def _figure_cell(figure: Figure | None, too_small: bool, *, share: bool, metric: str, key: str,
                 period: str) -> CellView:
    if too_small:
        return CellView("–", too_small=True, key=f"{metric}:{key}", period=period)
    if figure is None:
        return CellView("0", count=0, key=f"{metric}:{key}", period=period)
    if figure.suppressed:
        return CellView(SUPPRESSED_TEXT, suppressed=True, key=f"{metric}:{key}", period=period)
    if share and figure.share is not None:
        text = f"{figure.share:.0%} ({figure.count})"
    else:
        text = f"{figure.count}"
    return CellView(text, count=figure.count, key=f"{metric}:{key}", period=period)


def build_view(report: Summary, filters: Filters, names: dict[str, str]) -> dict:
    """Everything the template needs, from published figures only."""
    groups = report.groups
    periods = [period_label(g.period_start, report.period) for g in groups]
    starts = [g.period_start.isoformat() for g in groups]
    too_small = [g.too_small for g in groups]
    trend = trend_data(report)
    top = max([v for s in trend["series"] for v in s["shares"] if v is not None] + [0.05])
    top = min(1.0, (int(top * 10) + 1) / 10)  # round up to the next 10%
    charts = []
    for index, series in enumerate(trend["series"]):
        name = names.get(series["theme"], series["theme"])
        charts.append({"theme": series["theme"], "name": name,
                       "svg": svg.trend_svg(name, series, periods, too_small, top, f"trend-{index}")})
    heat = cooccurrence_data(report)
    heatmap = svg.heatmap_svg(heat, names) if heat["available"] and heat["themes"] and heat["included"] else None
    pairs = []
    if heatmap is not None:
        for i, row in enumerate(heat["themes"]):
            for j in range(i):
                count, hidden = heat["counts"][i][j], heat["suppressed"][i][j]
                if hidden or count:
                    pairs.append({"names": f"{names.get(row, row)} + {names.get(heat['themes'][j], heat['themes'][j])}",
                                  "key": "|".join(sorted((row, heat["themes"][j]))),
                                  "cell": CellView(SUPPRESSED_TEXT, suppressed=True) if hidden
                                  else CellView(str(count), count=count)})

    def row(label: str, metric: str, key: str, pick, share: bool = False) -> dict:  # noqa: ANN001
        return {"label": label, "cells": [
            _figure_cell(pick(g), g.too_small, share=share, metric=metric, key=key, period=start)
            for g, start in zip(groups, starts)]}

    theme_rows = [row(names.get(t, t), "theme", t, lambda g, t=t: g.themes.get(t), share=True)
                  for t in report.theme_ids]
    reflections_row = row("Reflections", "reflections", "all", lambda g: g.reflections)
    checkin_rows = [row(label, "checkin", band, lambda g, band=band: g.checkin[band]) for band, label in CHECKIN_BANDS]
    supervision_rows = [row(label, "supervision", answer, lambda g, answer=answer: g.supervision[answer])
                        for answer, label in (("yes", "yes"), ("no", "no"), ("none", "not answered"))]
    safety_rows = [] if report.by_team else [
        row(label, "safety", kind, lambda g, kind=kind: g.safety[kind])
        for kind, label in (("self", "own safety"), ("service_user", "someone they support"), ("others", "others"))]
    scope = f"team {filters.team}" if filters.team else "whole service"
    return {
        "report": report,
        "k": report.min_group_size,
        "scope": scope,
        "no_team_label": NO_TEAM,
        "periods": periods,
        "period_starts": starts,
        "any_too_small": any(too_small),
        "any_suppressed": True,
        "hatch_defs": svg.defs(),
        "trend_charts": charts,
        "trend_top": top,
        "heatmap": heatmap,
        "heatmap_included": heat["included"],
        "heatmap_excluded": heat["excluded"],
        "heatmap_available": heat["available"],
        "pairs": pairs,
        "reflections_row": reflections_row,
        "theme_rows": theme_rows,
        "checkin_rows": checkin_rows,
        "supervision_rows": supervision_rows,
        "safety_rows": safety_rows,
        "names": names,
    }


# -- HTTP -------------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"
    server_version = "PeerReflect"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - no access log: nothing about who looked
        return

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(Response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"Too large\n", {"Content-Type": "text/plain"}))
            return
        body = self.rfile.read(length) if length else b""
        query = {key: values[0] for key, values in parse_qs(parts.query, max_num_fields=20).items()}
        request = Request(method, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, body,
                          self.client_address[0], self.server.scheme)
        self._send(self.server.app.handle(request), head=method == "HEAD")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _not_allowed(self) -> None:
        self._send(Response(HTTPStatus.METHOD_NOT_ALLOWED, b"Method not allowed\n",
                            {"Content-Type": "text/plain", "Allow": "GET, POST", **SECURITY_HEADERS}))

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # type: ignore[assignment]

    def _send(self, response: Response, head: bool = False) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        for cookie in response.cookies:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if not head and response.body:
            self.wfile.write(response.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: Dashboard
    scheme = "http"

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - no traceback with an address
        return


class _Server6(_Server):
    address_family = socket.AF_INET6


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class DashboardServer:
    """`with DashboardServer(dashboard, port=0) as server:` serves at `server.url` from a thread."""

    def __init__(self, app: Dashboard, host: str = "127.0.0.1", port: int = 8050, certfile: str | None = None,
                 keyfile: str | None = None) -> None:
        self.app, self.host, self.port = app, host, port
        self.certfile, self.keyfile = certfile, keyfile
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.certfile else "http"
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else (f"[{self.host}]" if ":" in self.host else self.host)
        return f"{scheme}://{host}:{self.port}/"

    def bind(self) -> "DashboardServer":
        server_class = _Server6 if ":" in self.host else _Server
        self._httpd = server_class((self.host, self.port), _Handler)
        self._httpd.app = self.app
        if self.certfile:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(self.certfile, self.keyfile)
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
            self._httpd.scheme = "https"
        self.port = self._httpd.server_address[1]
        if is_loopback(self.host) and not self.app.config.allowed_hosts:
            # A page on 127.0.0.1 answers only to its own names: a DNS-rebinding page gets nothing.
            self.app.config.allowed_hosts = {f"{name}:{self.port}" for name in ("127.0.0.1", "localhost", "[::1]")}
        return self

    def serve_forever(self) -> None:
        assert self._httpd is not None
        self._httpd.serve_forever(poll_interval=0.2)

    def start(self) -> "DashboardServer":
        self.bind()
        self._thread = threading.Thread(target=self.serve_forever, name="dashboard", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    def close(self) -> None:
        """Release the socket after serve_forever() ran in the calling thread."""
        if self._httpd is not None:
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "DashboardServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def make_dashboard(database_url: str | None = None, *, show_excerpts: bool | None = None,
                   min_group_size: int | None = None) -> Dashboard:
    store = Store(database_url)
    store.migrate()
    config = DashboardConfig(show_excerpts=env_flag("SHOW_EXCERPTS") if show_excerpts is None else show_excerpts,
                             min_group_size=min_group_size)
    return Dashboard(store, config)


__all__ = ["Dashboard", "DashboardConfig", "DashboardServer", "Filters", "Request", "Response", "make_dashboard"]
