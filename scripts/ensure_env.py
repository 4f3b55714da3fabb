"""Write `.env` from `.env.example` with a fresh pseudonym key, unless `.env` already exists."""
from __future__ import annotations

import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    env = ROOT / ".env"
    if env.exists():
        print(".env exists; leaving it as it is.")
        return 0
    template = (ROOT / ".env.example").read_text(encoding="utf-8")
    text = template.replace("PSEUDONYM_KEY=", f"PSEUDONYM_KEY={secrets.token_hex(32)}", 1)
    env.write_text(text, encoding="utf-8")
    env.chmod(0o600)
    print("Wrote .env with a freshly generated PSEUDONYM_KEY. Keep it secret and keep it backed up:")
    print("without it, nobody (including you) can find a worker's reflections to erase them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
