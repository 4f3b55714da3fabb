"""The dashboard in a real headless Chromium (Debian's package, driven by Selenium), started the way an
operator starts it: `supervisor create` with the password on stdin, then `dashboard --port 0`.

Refused without a session and with a wrong password; signed in, it shows the trend charts and the heatmap;
the period changes; the CSV downloads; at 320 px nothing overflows; keyboard focus follows the page;
text contrast is at least 4.5:1. Screenshots go to test-artifacts/.

Skips with the reason when Chromium, ChromeDriver or Selenium are missing; fails instead when CI is set.
"""
from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from peer_reflect.settings import PROJECT_ROOT

from .conftest import K

pytestmark = pytest.mark.e2e

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
PHONE, DESKTOP = (320, 720), (1280, 900)
PASSWORD = "browser test passphrase"


def _need_browser() -> None:
    from peer_reflect.web.browser import missing_browser_tools

    missing = missing_browser_tools()
    if missing:
        message = "dashboard browser test needs: " + "; ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + " (CI is set, so this fails instead of skipping)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def served(seeded_url: str, tmp_path_factory):
    _need_browser()
    env = {**os.environ, "DATABASE_URL": seeded_url, "MIN_GROUP_SIZE": str(K), "SHOW_EXCERPTS": "false",
           "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "peer_reflect.dashboard"]
    created = subprocess.run(command + ["supervisor", "create", "bob"], input=PASSWORD + "\n", text=True,
                             capture_output=True, env=env, cwd=PROJECT_ROOT, timeout=120)
    assert created.returncode == 0, created.stderr
    proc = subprocess.Popen(command + ["dashboard", "--port", "0"], env=env, cwd=PROJECT_ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=1)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)
            if "Supervisor dashboard: http" in line:
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(120) or proc.poll() is not None:
            pytest.fail("the dashboard did not start:\n" + "".join(lines))
        yield re.search(r"Supervisor dashboard: (http://\S+)", "".join(lines)).group(1)
    finally:
        proc.terminate()
        try:
            assert proc.wait(timeout=20) == 0, "the dashboard stops cleanly on SIGTERM"
        finally:
            if proc.poll() is None:
                proc.kill()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


def test_refused_without_a_session(served: str):
    opener = urllib.request.build_opener(_NoRedirect)
    for path in ("", "download.csv?period=week"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(served + path, timeout=10)
        assert refused.value.code == 303 and refused.value.headers["Location"] == "/login"
        assert b"period_start" not in refused.value.read()
    request = urllib.request.Request(served + "login", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as bad_host:
        opener.open(request, timeout=10)
    assert bad_host.value.code == 400  # DNS rebinding gets nothing


FOCUS_JS = """
var e = document.activeElement;
if (!e || e === document.body) return null;
var style = getComputedStyle(e);
return {id: e.id || '', tag: e.tagName.toLowerCase(), text: (e.textContent || '').trim().slice(0, 40),
        outline: style.outlineStyle, outlineWidth: style.outlineWidth};
"""

CONTRAST_JS = """
function rgb(s) { var m = s.match(/[0-9.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
function lum(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 :
  Math.pow((v + 0.055) / 1.055, 2.4); }).reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
function background(e) {
  for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; }
  return {r: 255, g: 255, b: 255, a: 1};
}
var worst = [];
document.querySelectorAll('body *').forEach(function (e) {
  if (e.closest('svg') || !e.getClientRects().length) return;
  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
  if (!own) return;
  var style = getComputedStyle(e);
  if (style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)') return;
  var a = lum(rgb(style.color)), b = lum(background(e));
  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) worst.push([e.tagName, e.className, e.textContent.trim().slice(0, 30), ratio.toFixed(2)]);
});
return worst;
"""


def _navigate_by(driver, act) -> None:
    """Do `act` (a click that loads a page) and wait until the new page has loaded."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.__oldPage = true;")
    act()
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return !window.__oldPage && document.readyState === 'complete';"))


def _sign_in(driver, served: str, name: str, password: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(served + "login")
    driver.find_element(By.ID, "name").clear()
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    _navigate_by(driver, driver.find_element(By.ID, "signin").click)


def test_sign_in_charts_period_csv_and_sign_out(served: str, artifacts: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from peer_reflect.web.browser import Browser

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with Browser(*DESKTOP, mobile=False) as driver:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.get(served)
        assert driver.current_url == served + "login", "no session: the login page"
        driver.get(served + "download.csv")
        assert driver.current_url == served + "login" and not list(downloads.iterdir())

        _sign_in(driver, served, "bob", "not the password")
        error = driver.find_element(By.ID, "login-error")
        assert error.text == "Name or password not recognised." and error.get_attribute("role") == "alert"
        assert driver.current_url == served + "login"
        assert not [c for c in driver.get_cookies() if c["name"] == "__Host-pr_session"]
        driver.save_screenshot(str(artifacts / "dashboard-1-wrong-password.png"))

        time.sleep(1.1)  # one failure: the next attempt waits a second
        _sign_in(driver, served, "bob", PASSWORD)
        assert driver.current_url == served
        session = next(c for c in driver.get_cookies() if c["name"] == "__Host-pr_session")
        assert session["secure"] and session["httpOnly"] and session["sameSite"] == "Strict"

        trends = driver.find_elements(By.CSS_SELECTOR, "svg.chart.trend")
        assert len(trends) >= 5 and all(chart.size["height"] > 80 for chart in trends)
        assert driver.find_elements(By.CSS_SELECTOR, "svg.trend circle.point")
        heatmap = driver.find_element(By.ID, "cooccurrence-chart")
        assert heatmap.size["width"] > 300
        assert driver.find_elements(By.CSS_SELECTOR, "#cooccurrence-chart g.cell[data-count]")
        assert driver.find_elements(By.CSS_SELECTOR, "td.supp") and driver.find_elements(By.CSS_SELECTOR, "td.too-small")
        assert driver.execute_script("return performance.getEntriesByType('resource').every(function (r) { "
                                     "return r.name.indexOf(location.origin) === 0; })"), "nothing from outside"
        assert not re.search(r"\b[0-9a-f]{64}\b", driver.page_source)
        headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#themes-table thead th")][1:]
        assert headers == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
        driver.save_screenshot(str(artifacts / "dashboard-2-month.png"))
        driver.execute_script("document.getElementById('heatmap-heading').scrollIntoView()")
        driver.save_screenshot(str(artifacts / "dashboard-3-heatmap.png"))

        Select(driver.find_element(By.ID, "period")).select_by_value("week")
        _navigate_by(driver, driver.find_element(By.ID, "apply").click)
        assert "period=week" in driver.current_url
        headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#themes-table thead th")][1:]
        assert len(headers) >= 17 and all(re.fullmatch(r"2024-W\d\d", h) for h in headers)
        assert driver.find_element(By.CSS_SELECTOR, "h1 .scope").text == "whole service, by week"
        driver.save_screenshot(str(artifacts / "dashboard-4-week.png"))

        driver.find_element(By.ID, "download").click()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not [p for p in downloads.glob("*.csv")]:
            time.sleep(0.1)
        files = list(downloads.glob("*.csv"))
        assert [f.name for f in files] == ["peer-reflect-week.csv"]
        rows = list(csv.DictReader(files[0].open(encoding="utf-8")))
        assert rows and {row["period_start"][:4] for row in rows} == {"2024"}
        assert any(row["suppressed"] == "true" for row in rows)
        assert all(row["suppressed"] == "true" or int(row["count"]) == 0 or int(row["workers"]) >= K for row in rows)

        _navigate_by(driver, driver.find_element(By.ID, "signout").click)
        assert driver.current_url == served + "login?signed_out=1"
        driver.get(served)
        assert driver.current_url.startswith(served + "login"), "signed out: refused again"


def test_phone_keyboard_and_contrast(served: str, artifacts: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from peer_reflect.web.browser import Browser

    with Browser(*PHONE) as driver:
        driver.get(served + "login")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]
        assert driver.execute_script(CONTRAST_JS) == []
        driver.save_screenshot(str(artifacts / "dashboard-5-phone-login.png"))
        _sign_in(driver, served, "bob", PASSWORD)
        assert driver.current_url == served
        assert driver.execute_script("return document.documentElement.scrollWidth") <= PHONE[0], \
            "nothing wider than a 320 px phone: wide tables and the heatmap scroll inside their own regions"
        assert driver.execute_script(CONTRAST_JS) == []
        driver.save_screenshot(str(artifacts / "dashboard-6-phone.png"))
        driver.execute_script("document.getElementById('tables-heading').scrollIntoView()")
        driver.save_screenshot(str(artifacts / "dashboard-7-phone-tables.png"))

        # Keyboard only: focus moves in reading order and is always visible.
        driver.execute_script("window.scrollTo(0, 0); document.activeElement.blur()")
        body = driver.find_element(By.TAG_NAME, "body")
        order: list[str] = []
        for _ in range(14):
            body.send_keys(Keys.TAB) if not order else driver.switch_to.active_element.send_keys(Keys.TAB)
            focused = driver.execute_script(FOCUS_JS)
            assert focused and focused["outline"] != "none", f"focus not visible on {focused}"
            label = focused["id"] or focused["text"]
            if not order or order[-1] != label:
                order.append(label)
        assert order[:8] == ["Skip to content", "signout", "period", "team", "since", "until", "apply", "download"]
        # The skip link jumps past the header to the content.
        driver.get(served)
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        time.sleep(0.2)
        assert driver.execute_script("return document.activeElement.id") == "main"
