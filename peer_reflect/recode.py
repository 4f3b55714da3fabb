"""Recode every stored reflection after a codebook change (its anonymised answers are all we keep)."""
from __future__ import annotations

from tqdm import tqdm

from peer_reflect.storage import Store
from peer_reflect.themes.coder import default_coder

UNCODED_ANSWERS = ("self_care",)  # tonight's plans say nothing about the work


def recode_all(store: Store, progress: bool = True) -> int:
    coder = default_coder()
    version = coder.codebook.version
    total = store.count_reflections()
    done = 0
    with tqdm(total=total, unit="reflection", disable=not progress) as bar:
        for reflection_id, answers, _old in store.iter_reflections():
            text = "\n".join(v for k, v in answers.items() if k not in UNCODED_ANSWERS)
            hits = coder.code(text)
            store.replace_themes(reflection_id, [(h.id, list(h.evidence)) for h in hits], version)
            done += 1
            bar.update(1)
    return done
