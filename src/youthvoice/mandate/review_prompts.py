"""The strategy review's guided prompts as data: loaded from data/review_prompts.yaml and validated at load.

Answers are stored under a prompt's ``key``, so a key is never renamed; its question and hint may be
reworded freely."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

PROMPTS_FILE = Path(__file__).parent / "data" / "review_prompts.yaml"
KEY_PATTERN = re.compile(r"^[a-z][a-z_]{0,39}$")


class ReviewPromptsDataError(ValueError):
    """The prompts file is malformed; the message says where and how to fix it."""


@dataclass(frozen=True)
class ReviewPrompt:
    key: str
    question: str
    hint: str
    rated: bool
    group_key: str


@dataclass(frozen=True)
class PromptGroup:
    key: str
    title: str
    intro: str
    prompts: tuple[ReviewPrompt, ...]


def _text(value, *, where: str, name: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ReviewPromptsDataError(f"{where}: '{name}' must be non-empty text.")
    if len(value) > limit:
        raise ReviewPromptsDataError(f"{where}: '{name}' is longer than {limit} characters.")
    return value.strip()


def _key(value, *, where: str, seen: set[str]) -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise ReviewPromptsDataError(
            f"{where}: 'key' must be lower-case letters and underscores, at most 40, e.g. public_value."
        )
    if value in seen:
        raise ReviewPromptsDataError(f"{where}: the key '{value}' is used twice.")
    seen.add(value)
    return value


def review_prompts_parse(*, text: str, source: str = "review_prompts.yaml") -> tuple[PromptGroup, ...]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ReviewPromptsDataError(f"{source}: not valid YAML: {error}") from error
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("groups"), list)
        or not document["groups"]
    ):
        raise ReviewPromptsDataError(
            f"{source}: expected a top-level 'groups:' list with at least one group."
        )
    groups: list[PromptGroup] = []
    group_keys: set[str] = set()
    prompt_keys: set[str] = set()
    for group_number, group in enumerate(document["groups"], start=1):
        where = f"{source}: group {group_number}"
        if not isinstance(group, dict) or set(group) != {"key", "title", "intro", "prompts"}:
            raise ReviewPromptsDataError(f"{where}: give exactly 'key', 'title', 'intro' and 'prompts'.")
        group_key = _key(group["key"], where=where, seen=group_keys)
        if not isinstance(group["prompts"], list) or not group["prompts"]:
            raise ReviewPromptsDataError(f"{where}: 'prompts' must be a list with at least one prompt.")
        prompts = []
        for number, entry in enumerate(group["prompts"], start=1):
            at = f"{where}, prompt {number}"
            if not isinstance(entry, dict) or set(entry) != {"key", "question", "hint", "rated"}:
                raise ReviewPromptsDataError(f"{at}: give exactly 'key', 'question', 'hint' and 'rated'.")
            if not isinstance(entry["rated"], bool):
                raise ReviewPromptsDataError(f"{at}: 'rated' must be true or false.")
            prompts.append(
                ReviewPrompt(
                    key=_key(entry["key"], where=at, seen=prompt_keys),
                    question=_text(entry["question"], where=at, name="question", limit=300),
                    hint=_text(entry["hint"], where=at, name="hint", limit=1000),
                    rated=entry["rated"],
                    group_key=group_key,
                )
            )
        groups.append(
            PromptGroup(
                key=group_key,
                title=_text(group["title"], where=where, name="title", limit=200),
                intro=_text(group["intro"], where=where, name="intro", limit=2000),
                prompts=tuple(prompts),
            )
        )
    return tuple(groups)


@cache
def review_prompt_groups() -> tuple[PromptGroup, ...]:
    """The prompts shipped with youthvoice, grouped."""
    return review_prompts_parse(text=PROMPTS_FILE.read_text(encoding="utf-8"), source=str(PROMPTS_FILE))


def review_prompt(key: str) -> ReviewPrompt | None:
    return next((p for group in review_prompt_groups() for p in group.prompts if p.key == key), None)
