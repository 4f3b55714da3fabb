"""Headless Debian Chromium driven by Selenium, for the browser test and the web chat benchmark.

A test tool's own browser download cannot work here, so this only uses /usr/bin/chromium and
/usr/bin/chromedriver (Debian's `chromium` and `chromium-driver`; `scripts/install_browser.sh`).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--no-default-browser-check",
    "--hide-scrollbars", "--disable-dev-shm-usage",
)


def missing_browser_tools() -> list[str]:
    """What is missing to drive Chromium: empty when the browser test can run."""
    missing = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip, requirements/dev.txt)")
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (Path(path).is_file() and os.access(path, os.X_OK)):
            missing.append(f"{path} (Debian package {package}; scripts/install_browser.sh)")
    return missing


class Browser:
    """`with Browser(width, height) as driver:` a fresh headless Chromium with its own empty profile."""

    def __init__(self, width: int = 375, height: int = 812, mobile: bool = True):
        self.width, self.height, self.mobile = width, height, mobile
        self.driver = None
        self._profile: str | None = None

    def __enter__(self):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = tempfile.mkdtemp(prefix="peer-reflect-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self._profile}")
        options.add_argument(f"--window-size={max(self.width, 500)},{self.height}")
        options.add_argument("--lang=en-GB")
        self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        self.resize(self.width, self.height, self.mobile)
        return self.driver

    def resize(self, width: int, height: int, mobile: bool) -> None:
        self.resize_driver(self.driver, width, height, mobile)

    @staticmethod
    def resize_driver(driver, width: int, height: int, mobile: bool) -> None:
        """Emulate a viewport exactly (headless windows have a minimum width; a phone is narrower)."""
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 2 if mobile else 1, "mobile": mobile,
        })
        if mobile:
            driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        else:
            driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})

    def __exit__(self, *exc) -> None:
        try:
            if self.driver is not None:
                self.driver.quit()
        finally:
            if self._profile:
                shutil.rmtree(self._profile, ignore_errors=True)


class ChatPage:
    """What a worker does on the web chat page, for the browser test and the benchmark."""

    def __init__(self, driver):
        self.driver = driver

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def open(self, url: str) -> None:
        self.driver.get(url)

    def by_id(self, element_id: str):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.ID, element_id)

    def visible(self, element_id: str) -> bool:
        return bool(self.js("var e = document.getElementById(arguments[0]); return !!e && !e.hidden && "
                            "e.getClientRects().length > 0;", element_id))

    def bot_texts(self) -> list[str]:
        return self.js("return Array.from(document.querySelectorAll('#log .msg-bot .bubble'))"
                       ".map(function (b) { return b.childNodes[1] ? b.childNodes[1].textContent : ''; });")

    def user_texts(self) -> list[str]:
        return self.js("return Array.from(document.querySelectorAll('#log .msg-user .bubble'))"
                       ".map(function (b) { return b.childNodes[1] ? b.childNodes[1].textContent : ''; });")

    def quick_replies(self) -> list[str]:
        return self.js("return Array.from(document.querySelectorAll('#log .quick button'))"
                       ".map(function (b) { return b.textContent; });")

    def chat_id(self) -> str | None:
        return self.js("return window.localStorage.getItem('peerReflect.chatId');")

    def reply_latencies_ms(self) -> list[float]:
        return self.js("return performance.getEntriesByName('peer-reflect:reply').map(function (e) "
                       "{ return e.duration; });")

    def tap(self, title: str) -> None:
        from selenium.webdriver.common.by import By

        for button in self.driver.find_elements(By.CSS_SELECTOR, "#log .quick button"):
            if button.text.strip() == title:
                button.click()
                return
        raise AssertionError(f"no quick reply {title!r}; shown: {self.quick_replies()!r}")

    def type(self, text: str) -> None:
        from selenium.webdriver.common.keys import Keys

        box = self.by_id("message")
        box.click()
        box.send_keys(text)
        box.send_keys(Keys.ENTER)

    def turn(self, act, expect: str | None = None, timeout: float = 30.0, settle: float = 0.4) -> list[str]:
        """Do `act`, wait for the bot's new bubbles (one containing `expect`, if given) and return them."""
        import time

        before = len(self.bot_texts())
        act()
        deadline = time.monotonic() + timeout
        while True:
            texts = self.bot_texts()[before:]
            if texts and (expect is None or any(expect in t for t in texts)):
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout:.0f} s for a reply containing {expect!r}; got {texts!r}")
            time.sleep(0.03)
        count, stable_since = before + len(texts), time.monotonic()
        while time.monotonic() - stable_since < settle:  # the rest of the same turn
            time.sleep(0.03)
            now = len(self.bot_texts())
            if now != count:
                count, stable_since = now, time.monotonic()
        return self.bot_texts()[before:]


# What each question of the reflection looks like on the page (anything else the bot asks is a follow-up).
QUESTION_MARKERS = (
    ("Would you like it saved", "consent"),
    ("How are you arriving", "checkin"),
    ("are you feeling safe right now", "checkin_safe"),
    ("one moment from the shift", "moment"),
    ("How did you feel", "feelings"),
    ("Now what?", "now_what"),
    ("for yourself tonight", "self_care"),
    ("Shall I save it", "review"),
)


def question_kind(text: str) -> str:
    for marker, kind in QUESTION_MARKERS:
        if marker in text:
            return kind
    return "followup"


def walk_reflection(page: ChatPage, replies: list[str], answers: dict[str, list[str]], before=None,
                    max_turns: int = 25) -> tuple[list[str], list[str]]:
    """Answer whatever the bot asks, from `replies` (its last bubbles) until the review is shown.

    Each question gets the next unused answer for its kind ("tap:Title" taps a quick reply); a question
    asked again means the bot did not take the answer (e.g. its NLU heard a command), so the next
    alternative is used. `before(kind)` may do extra turns before an answer and returns their labels.
    Returns the label of every turn taken, in order, and the answers the bot did not take.
    """
    used: dict[str, int] = {}
    steps: list[str] = []
    rejected: list[str] = []
    last_kind, last_answer = None, None
    for _ in range(max_turns):
        kind = question_kind(replies[-1]) if replies else "none"
        if kind == "review":
            return steps, rejected
        if kind == last_kind and kind != "followup":
            rejected.append(last_answer)
        if before is not None:
            extra = before(kind)
            if extra:
                steps += extra
                replies = page.bot_texts()[-1:]
                kind = question_kind(replies[-1])
        options = answers.get(kind) or []
        index = used.get(kind, 0)
        if index >= len(options):
            raise AssertionError(f"no answer left for the {kind!r} question {replies[-1]!r}; not taken: {rejected!r}")
        used[kind] = index + 1
        answer = options[index]
        if answer.startswith("tap:"):
            replies = page.turn(lambda: page.tap(answer[4:]))
        else:
            replies = page.turn(lambda: page.type(answer))
        steps.append(kind)
        last_kind, last_answer = kind, answer
    raise AssertionError(f"no review after {max_turns} turns; last: {replies!r}")
