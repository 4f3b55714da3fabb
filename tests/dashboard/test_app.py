"""The dashboard in-process: sign-in, sessions, CSRF, headers, filters, CSV, excerpts, accessibility markup."""
from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest

from peer_reflect.dashboard import svg
from peer_reflect.dashboard.app import SESSION_COOKIE, STATIC, Dashboard, DashboardConfig
from peer_reflect.storage import Store

from .conftest import PASSWORD, QUIET_MONTH, RARE_PHRASE, RARE_THEME, Client

HEX_ID = re.compile(r"\b[0-9a-f]{64}\b")


def test_every_page_but_sign_in_needs_a_session(client: Client):
    for path in ("/", "/download.csv"):
        response = client.get(path)
        assert response.status == 303 and response.headers["Location"] == "/login"
        assert b"period_start" not in response.body
    assert client.request("POST", "/logout", form={"csrf": "x"}).status == 401
    page = client.get("/login")
    assert page.status == 200 and b'<label for="password">Password</label>' in page.body


def test_sign_in_sets_a_secure_session_cookie_and_shows_the_dashboard(client: Client):
    response = client.login()
    assert response.status == 303 and response.headers["Location"] == "/"
    session_cookie = next(c for c in response.cookies if c.startswith(SESSION_COOKIE + "="))
    for flag in ("Secure", "HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"):
        assert flag in session_cookie
    assert "Domain" not in session_cookie  # __Host- cookies are host-only
    page = client.get("/")
    assert page.status == 200 and b"Signed in as alice" in page.body
    assert page.headers["Cache-Control"] == "no-store"
    csp = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["X-Frame-Options"] == "DENY" and page.headers["Referrer-Policy"] == "no-referrer"


def test_wrong_password_is_refused_and_the_next_attempt_must_wait(client: Client):
    response = client.login(password="not the password")
    assert response.status == 401 and b"Name or password not recognised." in response.body
    assert SESSION_COOKIE not in client.jar
    response = client.login()  # the right password, but too soon after a failure
    assert response.status == 429 and int(response.headers["Retry-After"]) >= 1
    assert b"Too many failed sign-ins" in response.body and SESSION_COOKIE not in client.jar
    unknown = client.login(name="mallory", password="whatever it is")
    assert unknown.status == 429  # the same address waits too, whichever name it tries


def test_wrong_and_unknown_names_get_the_same_answer(dashboard: Dashboard):
    bodies = []
    for index, name in enumerate(("alice", "nobody")):
        client = Client(dashboard, client=f"10.0.1.{index}")
        response = client.login(name=name, password="not the password")
        assert response.status == 401
        bodies.append(response.body.replace(name.encode(), b"NAME"))
    assert re.sub(rb'value="[^"]+"', b"", bodies[0]) == re.sub(rb'value="[^"]+"', b"", bodies[1])


def test_sign_in_without_the_form_token_or_from_another_site_is_refused(client: Client):
    client.get("/login")
    assert client.request("POST", "/login", form={"csrf": "forged", "name": "alice", "password": PASSWORD}).status == 403
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.body.decode()).group(1)
    form = {"csrf": csrf, "name": "alice", "password": PASSWORD}
    assert client.request("POST", "/login", form=form, headers={"sec-fetch-site": "cross-site"}).status == 403
    assert client.request("POST", "/login", form=form, headers={"origin": "https://evil.example"}).status == 403
    assert client.request("POST", "/login", form=form, headers={"origin": "null", "sec-fetch-site": "cross-site"}).status == 403
    assert SESSION_COOKIE not in client.jar
    assert client.request("POST", "/login", form=form, headers={"origin": "http://127.0.0.1:8050"}).status == 303


def test_sign_out_needs_the_session_token_and_ends_the_session(client: Client, dashboard: Dashboard):
    client.login()
    token = client.jar[SESSION_COOKIE]
    assert client.request("POST", "/logout", form={"csrf": "forged"}).status == 403
    page = client.get("/").body.decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    response = client.request("POST", "/logout", form={"csrf": csrf})
    assert response.status == 303 and response.headers["Location"] == "/login?signed_out=1"
    assert dashboard.accounts.session(token) is None
    client.jar[SESSION_COOKIE] = token  # a copied cookie is dead too
    response = client.get("/")
    assert response.status == 303 and response.headers["Location"] == "/login?expired=1"


def test_a_dashboard_bound_to_loopback_answers_only_its_own_host_names(dashboard: Dashboard):
    dashboard.config.allowed_hosts = {"127.0.0.1:8050", "localhost:8050"}
    assert Client(dashboard, host="attacker.example:8050").get("/login").status == 400
    assert Client(dashboard, host="localhost:8050").get("/login").status == 200


class Cells(HTMLParser):
    """Collects the published cells (data-cell/data-count), labels, ids and links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict] = []
        self.labels: set[str] = set()
        self.controls: list[dict] = []
        self.links: list[str] = []
        self.svg_texts: list[dict] = []

    def handle_starttag(self, tag, attrs) -> None:  # noqa: ANN001
        a = dict(attrs)
        if "data-cell" in a or "data-count" in a or "data-share" in a:
            self.cells.append({"tag": tag, **a})
        if tag == "label":
            self.labels.add(a.get("for"))
        if tag in ("input", "select") and a.get("type") != "hidden":
            self.controls.append(a)
        for attr in ("href", "src", "action"):
            if attr in a:
                self.links.append(a[attr])
        if tag == "text" and "fill" in a:
            self.svg_texts.append(a)


def parse(body: bytes) -> Cells:
    parser = Cells()
    parser.feed(body.decode())
    return parser


def test_the_page_shows_charts_tables_and_a_legend_with_labelled_controls(client: Client):
    client.login()
    page = client.get("/")
    body = page.body.decode()
    cells = parse(page.body)
    assert body.count('class="chart trend"') >= 5 and 'class="chart heatmap"' in body
    assert "How to read this" in body and "Suppressed: fewer than 5 workers" in body
    assert any(c.get("class") == "supp" for c in cells.cells)
    assert {c["id"] for c in cells.controls} == {"period", "team", "since", "until"}
    assert {c["id"] for c in cells.controls} <= cells.labels  # every control has a label
    assert all(link.startswith("/") or link.startswith("#") for link in cells.links)  # nothing from outside
    assert not HEX_ID.search(body)  # no pseudonymous id
    assert 'id="download" href="/download.csv?period=month"' in body
    # May has three workers: its column shows the dash only.
    may = [c for c in cells.cells if c.get("data-period") == QUIET_MONTH.isoformat()]
    assert may and all(c.get("class") == "too-small" and "data-count" not in c for c in may)


def test_every_number_on_the_page_is_a_published_figure_with_enough_workers(client: Client, dashboard: Dashboard):
    from peer_reflect.review import summary

    client.login()
    for query in ({}, {"period": "week"}, {"team": "north"}, {"since": "2024-02-01", "until": "2024-03-15"}):
        page = client.get("/", **query)
        report = summary(dashboard.store, query.get("period", "month"), team=query.get("team"),
                         since=None, until=None, min_group_size=5)
        figures = {}
        for group in report.groups:
            if group.too_small:
                continue
            start = group.period_start.isoformat()
            figures[(start, "reflections:all")] = group.reflections
            figures.update({(start, f"theme:{t}"): f for t, f in group.themes.items()})
            figures.update({(start, f"checkin:{b}"): f for b, f in group.checkin.items()})
            figures.update({(start, f"supervision:{a}"): f for a, f in group.supervision.items()})
            figures.update({(start, f"safety:{k}"): f for k, f in group.safety.items()})
        shown = [c for c in parse(page.body).cells if "data-period" in c and c["tag"] == "td"]
        assert shown
        for cell in shown:
            figure = figures.get((cell["data-period"], cell["data-cell"]))
            if "data-count" in cell:
                assert figure is not None and not figure.suppressed
                assert int(cell["data-count"]) == figure.count
                assert figure.count == 0 or figure.workers >= 5
            elif cell.get("class") == "supp":
                assert figure is not None and figure.suppressed


def test_rare_theme_never_shows_a_number(client: Client):
    client.login()
    for query in ({}, {"period": "week"}, {"team": "north"}, {"team": "south"}):
        cells = parse(client.get("/", **query).body).cells
        rare = [c for c in cells if RARE_THEME in c.get("data-cell", "") or RARE_THEME in c.get("data-key", "")]
        assert rare
        assert all(int(c.get("data-count", 0)) == 0 for c in rare)


def test_team_figures_are_monthly_and_have_no_heatmap(client: Client):
    client.login()
    body = client.get("/", period="week", team="north").body.decode()
    assert "Team figures are published by month only" in body
    assert "2024-W" not in body and "2024-01" in body
    assert "published for the whole service only" in body and 'class="chart heatmap"' not in body
    assert 'href="/download.csv?period=month&amp;team=north"' in body


def test_bad_filters_are_explained_not_fatal(client: Client):
    client.login()
    body = client.get("/", period="year", team="nowhere", since="yesterday", until="2024-13-01").body.decode()
    assert "Period must be week or month" in body and "That team has no figures" in body
    assert "is not a date" in body and "Team themes" in body
    body = client.get("/", since="2024-03-31", until="2024-02-01").body.decode()
    assert "swapped" in body


def test_csv_download_is_the_summary_with_suppression_marked(client: Client):
    client.login()
    response = client.get("/download.csv", period="week", since="2024-02-05", until="2024-02-29")  # from a Monday
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="peer-reflect-week.csv"'
    rows = list(csv.DictReader(io.StringIO(response.body.decode())))
    # Weeks by their Monday (a week belongs to the month of its Monday).
    assert {row["period_start"] for row in rows} == {"2024-02-05", "2024-02-12", "2024-02-19", "2024-02-26"}
    assert any(row["suppressed"] == "true" for row in rows)
    for row in rows:
        if row["suppressed"] == "true":
            assert row["count"] == row["workers"] == ""
        else:
            assert int(row["count"]) == 0 or int(row["workers"]) >= 5
    assert not HEX_ID.search(response.body.decode())


def test_excerpts_only_when_enabled_and_only_for_well_backed_themes(seeded_url: str):
    off = Client(Dashboard(Store(seeded_url), DashboardConfig(min_group_size=5)))
    off.login()
    assert "Excerpts" not in off.get("/").body.decode()

    on = Client(Dashboard(Store(seeded_url), DashboardConfig(min_group_size=5, show_excerpts=True)))
    on.login()
    body = on.get("/").body.decode()
    assert 'id="excerpts-heading"' in body
    assert "asked for my number" in body  # boundaries: many workers
    assert RARE_PHRASE not in body  # two workers: never
    assert "nobody checked in" not in body  # only in May, which has three workers
    assert not HEX_ID.search(body)
    assert RARE_PHRASE not in on.get("/", team="north").body.decode()


def test_env_flag_turns_excerpts_on(monkeypatch):
    from peer_reflect.dashboard.app import env_flag

    monkeypatch.setenv("SHOW_EXCERPTS", "true")
    assert env_flag("SHOW_EXCERPTS")
    monkeypatch.setenv("SHOW_EXCERPTS", "no")
    assert not env_flag("SHOW_EXCERPTS")


def test_colours_meet_contrast_4_5_to_1():
    css = (STATIC / "dashboard.css").read_text()
    assert "url(" not in css and "@import" not in css  # nothing from outside
    pairs = [("--ink", "#ffffff"), ("--muted", "#ffffff"), ("--link", "#ffffff"), ("--error", "#fbeaec"),
             ("--ok", "#ffffff"), ("--muted", "#f5f7fa"), ("--ink", "#dcdcdc"), ("--ink", "#eeeeee")]
    colours = dict(re.findall(r"(--[a-z]+):\s*(#[0-9a-f]{6})", css))
    colours.update({"#ffffff": "#ffffff"})
    for foreground, background in pairs:
        assert svg.contrast(colours[foreground], background) >= 4.5, (foreground, background)
    assert svg.contrast("#ffffff", "#12304f") >= 4.5 and svg.contrast("#dfe7f0", "#12304f") >= 4.5  # header
    assert svg.contrast("#ffffff", "#0057a3") >= 4.5  # buttons
    for fraction in [i / 20 for i in range(21)]:  # heatmap numbers on every shade
        fill = svg.blues(fraction)
        assert svg.contrast(svg.text_on(fill), fill) >= 4.5
    for colour in (svg.TEXT, svg.MUTED):
        assert svg.contrast(colour, "#ffffff") >= 4.5 and svg.contrast(colour, "#f2f2f2") >= 4.5


def test_svg_text_on_the_page_uses_only_checked_colours(client: Client):
    client.login()
    fills = {text["fill"] for text in parse(client.get("/").body).svg_texts}
    assert fills <= {svg.TEXT, svg.MUTED, "#000000", "#ffffff"}


@pytest.mark.parametrize("path", ["/nothing", "/static/../auth.py", "/static/dashboard.css/../../app.py"])
def test_unknown_paths_are_not_found(client: Client, path: str):
    client.login()
    assert client.get(path).status == 404
