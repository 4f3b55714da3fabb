"""Explainable theme coding: an editable codebook, a multi-label coder with evidence, REFI-QDA exchange."""
from __future__ import annotations

from peer_reflect.themes.codebook import Codebook, CodebookError, Theme
from peer_reflect.themes.coder import ThemeCoder, ThemeHit, code_themes

__all__ = ["Codebook", "CodebookError", "Theme", "ThemeHit", "ThemeCoder", "code_themes"]
