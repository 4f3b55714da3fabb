"""The page server on its own (no browser, no Rasa): what it serves, what it refuses, what it never logs."""
from __future__ import annotations

import gzip
import http.client
import json
import logging

import pytest

from peer_reflect.web.server import WebChatServer, socket_hint
from peer_reflect.web.support import contact_href, support_contacts


@pytest.fixture(scope="module")
def web():
    with WebChatServer(port=0, chat_socket=":5005") as server:
        yield server


def get(web, path, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", web.port, timeout=5)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def test_page_says_where_the_chat_socket_is_and_sets_a_strict_policy(web):
    response, body = get(web, "/")
    assert response.status == 200
    html = body.decode()
    assert '<meta name="peer-reflect-socket" content=":5005">' in html
    csp = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "ws://127.0.0.1:5005" in csp
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    # No CDN: every script and stylesheet the page names is its own.
    for ref in ("vendor/socket.io.min.js", "app.js", "app.css"):
        assert ref in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html


@pytest.mark.parametrize("path", ["/app.js", "/app.css", "/icon.svg", "/vendor/socket.io.min.js"])
def test_serves_the_page_files_compressed(web, path):
    response, body = get(web, path, headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    if path != "/icon.svg":
        assert response.getheader("Content-Encoding") == "gzip"
        body = gzip.decompress(body)
    assert body
    etag = response.getheader("ETag")
    again, _ = get(web, path, headers={"If-None-Match": etag})
    assert again.status == 304


@pytest.mark.parametrize("path", [
    "/package.json", "/package-lock.json", "/node_modules/socket.io-client/package.json",
    "/scripts/vendor.js", "/vendor/LICENSE", "/../pyproject.toml", "/%2e%2e/pyproject.toml", "/.gitignore",
    "/vendor/../../peer_reflect/settings.py",
])
def test_serves_nothing_else(web, path):
    response, _ = get(web, path)
    assert response.status == 404


def test_only_get_and_head(web):
    assert get(web, "/", "POST")[0].status == 405
    response, body = get(web, "/", "HEAD")
    assert response.status == 200 and body == b"" and int(response.getheader("Content-Length")) > 0


def test_rejects_a_forged_host_header(web):
    response, _ = get(web, "/", headers={"Host": "evil.example\"; script-src *"})
    assert response.status == 400


def test_support_contacts_json(web):
    response, body = get(web, "/support.json")
    assert response.status == 200 and response.getheader("Cache-Control") == "no-store"
    data = json.loads(body)
    hrefs = [c.get("href") for c in data["contacts"]]
    assert "tel:116123" in hrefs and "tel:999" in hrefs
    assert any(h and h.startswith("sms:85258") for h in hrefs)


@pytest.mark.parametrize("fallback", [False, True])
def test_support_contacts_always_have_the_uk_list(fallback, monkeypatch):
    if fallback:  # the resources file is unreadable: the static list still has everything
        import peer_reflect.risk

        def broken(*args, **kwargs):
            raise OSError("unreadable")

        monkeypatch.setattr(peer_reflect.risk, "load_resources", broken)
    data = support_contacts("UK")
    assert data["source"] == ("fallback" if fallback else "resources")
    text = " ".join(c["name"] + " " + c["how"] for c in data["contacts"])
    for needed in ("Samaritans", "116 123", "85258", "111", "999"):
        assert needed in text


@pytest.mark.parametrize("contact, href", [
    ("116 123", "tel:116123"), ("call 116 123, free, day or night", "tel:116123"),
    ("text SHOUT to 85258", "sms:85258?&body=SHOUT"), ("call 111 and choose option 2 for mental health", "tel:111"),
    ("call 999 or go to A&E", "tel:999"), ("call or text 988, any time", "tel:988"),
    ("text HOME to 741741", "sms:741741?&body=HOME"), ("call 1800 247 247 or text HELP to 51444", "tel:1800247247"),
    ("your GP", None),
])
def test_contact_links(contact, href):
    assert contact_href(contact) == href


def test_writes_no_access_log(web, capfd, caplog):
    caplog.set_level(logging.DEBUG)
    get(web, "/?who=someone")
    get(web, "/missing")
    out, err = capfd.readouterr()
    assert "127.0.0.1" not in out + err + caplog.text
    assert "someone" not in out + err + caplog.text


def test_socket_hint():
    assert socket_hint("", 5005) == ":5005"
    assert socket_hint("https://chat.example.org/", 5005) == "https://chat.example.org"
    assert socket_hint("", None) == ""
