"""`rasa data validate`, failing on every warning except three that Rasa 3.6 raises wrongly:
responses asked by a form (`utter_ask_<slot>`) and responses sent by a custom action
(`dispatcher.utter_message(response="utter_...")`, or named in actions/replies.py) are reported as "not used in any story or rule", and so are intents that only
the reflection form reads."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
UNUSED = re.compile(r"The utterance '(utter_\w+)' is not used in any story or rule")
UNUSED_INTENT = re.compile(r"The intent '(\w+)' is not used in any story or rule")
# Inside a reflection the form reads every message itself (peer_reflect/conversation): intents it reads there
# need no rule.
READ_BY_FORM = ROOT / "peer_reflect" / "conversation"


def read_by_form() -> set[str]:
    text = " ".join(p.read_text() for p in READ_BY_FORM.glob("*.py")) + (READ_BY_FORM / "reading.yml").read_text()
    return set(re.findall(r"\b([a-z_]+)\b", text))


def used_elsewhere() -> set[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    form_slots = {s for form in domain.get("forms", {}).values() for s in form.get("required_slots", [])}
    used = {f"utter_ask_{slot}" for slot in form_slots}
    used.add("utter_default")   # said by Rasa's action_default_fallback (RulePolicy core fallback)
    for path in (ROOT / "actions").glob("*.py"):
        used |= set(re.findall(r"\"(utter_\w+)\"", path.read_text()))
    return used


def main() -> int:
    rasa = Path(sys.executable).with_name("rasa")
    proc = subprocess.run(
        [str(rasa), "data", "validate", "--data", "data", "--domain", "domain.yml", "--config", "config.yml"],
        cwd=ROOT, capture_output=True, text=True,
    )
    output = proc.stdout + proc.stderr
    allowed = used_elsewhere()
    form_intents = read_by_form()
    problems = []
    for line in output.splitlines():
        if "UserWarning" not in line and "ERROR" not in line:
            continue
        match = UNUSED.search(line)
        if match and match.group(1) in allowed:
            continue
        match = UNUSED_INTENT.search(line)
        if match and match.group(1) in form_intents:
            continue
        problems.append(line.strip())
    for problem in problems:
        print(problem)
    ok = proc.returncode == 0 and not problems
    print("rasa data validate: clean" if ok else f"rasa data validate: {len(problems)} problem(s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
