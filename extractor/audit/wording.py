"""Claim wording from ``patterns/audit_claims.toml``, and small word helpers.

Every list of words the audit reacts to lives in that file; this module only
loads it and turns phrase lists into matchers.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from ..paths import patterns_dir

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*|%|\+/-")


@lru_cache(maxsize=1)
def wording() -> dict:
    return tomllib.loads((patterns_dir() / "audit_claims.toml").read_text())


def get(path: str):
    """A value by dotted path: get("change.increase")."""
    node = wording()
    for key in path.split("."):
        node = node[key]
    return node


@lru_cache(maxsize=None)
def phrase_re(path: str) -> re.Pattern:
    """One regex matching any phrase of the list at ``path``, on word boundaries."""
    phrases = sorted(get(path), key=len, reverse=True)
    body = "|".join(re.escape(p.strip()).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.IGNORECASE)


def has(text: str, path: str) -> bool:
    return bool(phrase_re(path).search(text))


def find_all(text: str, path: str) -> list[re.Match]:
    return list(phrase_re(path).finditer(text))


def ends_with(text: str, path: str) -> re.Match | None:
    """The phrase of the list that ``text`` ends with (ignoring spaces)."""
    stripped = text.rstrip()
    for m in phrase_re(path).finditer(stripped):
        if m.end() == len(stripped):
            return m
    return None


def starts_with(text: str, path: str) -> re.Match | None:
    stripped = text.lstrip()
    m = phrase_re(path).match(stripped)
    return m


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def stem(word: str) -> str:
    """A crude singular so 'timescales' meets 'timescale', 'reviews' meets 'review'."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(stem(w) for w in get("linking.stopwords"))


def content_words(text: str) -> set[str]:
    """Distinctive words of a text, stemmed: what ties a sentence to a table row."""
    return {stem(w) for w in words(text) if w[0].isalpha() and len(w) > 1} - _stopwords()
