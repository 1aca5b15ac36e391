"""The shared question bank file: read, validated at load, never trusted half-checked.

``load_bank()`` returns the questions in the packaged YAML file (or another path) as ``BankQuestion`` values,
or raises ``QuestionBankError`` listing every problem with the question it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from youthvoice.consultations.models import Audience, Question

BANK_FILE = Path(__file__).with_name("data") / "question_bank.yaml"
TOPICS = frozenset(
    {
        "services",
        "language",
        "harm",
        "places",
        "trusted_adults",
        "what_would_help",
        "perceived_risk",
        "relayed",
    }
)
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_FIELDS = {"key", "text", "hint", "kind", "topics", "sensitive", "choices", "audience", "mirror_key"}


class QuestionBankError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The question bank is not valid:\n" + "\n".join(f"- {p}" for p in problems))


@dataclass(frozen=True)
class BankQuestion:
    key: str
    text: str
    hint: str
    kind: str
    topics: tuple[str, ...]
    sensitive: bool
    choices: tuple[tuple[str, str], ...]
    audience: str
    mirror_key: str

    def as_model_fields(self) -> dict:
        return {
            "text": self.text,
            "hint": self.hint,
            "kind": self.kind,
            "topics": list(self.topics),
            "sensitive": self.sensitive,
            "choices": [{"value": v, "label": label} for v, label in self.choices],
            "audience": self.audience,
            "mirror_key": self.mirror_key,
            "from_bank_file": True,
        }


def load_bank(path: Path = BANK_FILE) -> list[BankQuestion]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise QuestionBankError([f"{path.name}: cannot be read as YAML ({error})"]) from error
    return parse_bank(data)


def parse_bank(data) -> list[BankQuestion]:
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise QuestionBankError(["the file must be a mapping with a list called 'questions'"])
    problems: list[str] = []
    questions: list[BankQuestion] = []
    seen_keys: set[str] = set()
    mirrors: dict[tuple[str, str], str] = {}
    for number, item in enumerate(data["questions"], start=1):
        where = f"question {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        key = item.get("key")
        where = f"question {number} ({key})" if key else where
        found = _check_item(item, where, problems)
        if key in seen_keys:
            problems.append(f"{where}: the key is used twice")
        seen_keys.add(key)
        if found is None:
            continue
        if found.mirror_key:
            pair = (found.mirror_key, found.audience)
            if pair in mirrors:
                problems.append(
                    f"{where}: mirror_key {found.mirror_key!r} is used twice for {found.audience}"
                )
            mirrors[pair] = found.key
        questions.append(found)
    # A mirror compares young people's answers with another audience's (professionals, parents and carers,
    # community members): each needs the young people's version and at least one other.
    audiences_of: dict[str, set[str]] = {}
    for mirror_key, audience in mirrors:
        audiences_of.setdefault(mirror_key, set()).add(audience)
    for mirror_key, audiences in audiences_of.items():
        if Audience.YOUNG_PEOPLE not in audiences:
            problems.append(f"mirror_key {mirror_key!r} has no {Audience.YOUNG_PEOPLE} version")
        elif len(audiences) == 1:
            problems.append(
                f"mirror_key {mirror_key!r} has no professionals version (or any other audience's)"
            )
    if problems:
        raise QuestionBankError(problems)
    return questions


def _check_item(item: dict, where: str, problems: list[str]) -> BankQuestion | None:
    before = len(problems)
    unknown = set(item) - ALLOWED_FIELDS
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    key = item.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        problems.append(f"{where}: key must be lower-case words joined by hyphens")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > 300:
        problems.append(f"{where}: text is missing or longer than 300 characters")
    kind = item.get("kind")
    if kind not in Question.Kind.values:
        problems.append(f"{where}: kind must be one of {Question.Kind.values}")
    topics = item.get("topics") or []
    if not isinstance(topics, list) or not topics or set(topics) - TOPICS:
        problems.append(f"{where}: topics must be a non-empty list from {sorted(TOPICS)}")
    audience = item.get("audience", Audience.YOUNG_PEOPLE)
    if audience not in Audience.values:
        problems.append(f"{where}: audience must be one of {Audience.values}")
    sensitive = item.get("sensitive", False)
    if not isinstance(sensitive, bool):
        problems.append(f"{where}: sensitive must be true or false")
    mirror_key = item.get("mirror_key", "")
    if mirror_key and (not isinstance(mirror_key, str) or not KEY.match(mirror_key)):
        problems.append(f"{where}: mirror_key must be lower-case words joined by hyphens")
    if mirror_key and kind != Question.Kind.SCALE:
        problems.append(f"{where}: only scale questions can be mirrored")
    choices = _check_choices(item.get("choices"), kind, where, problems)
    if len(problems) > before:
        return None
    return BankQuestion(
        key=key,
        text=text.strip(),
        hint=str(item.get("hint", "")).strip(),
        kind=kind,
        topics=tuple(topics),
        sensitive=sensitive,
        choices=choices,
        audience=audience,
        mirror_key=mirror_key or "",
    )


def _check_choices(raw, kind, where: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    if kind not in Question.CHOICE_KINDS:
        if raw:
            problems.append(f"{where}: a {kind} question has no choices")
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        problems.append(f"{where}: a {kind} question needs at least two choices")
        return ()
    choices = []
    for choice in raw:
        if not isinstance(choice, dict) or not choice.get("value") or not choice.get("label"):
            problems.append(f"{where}: every choice needs a value and a label")
            return ()
        choices.append((str(choice["value"]), str(choice["label"])))
    if len({value for value, _ in choices}) != len(choices):
        problems.append(f"{where}: choice values must be different")
    if kind == Question.Kind.SCALE and not all(value.isdigit() for value, _ in choices):
        problems.append(f"{where}: scale points must be numbers, lowest first")
    return tuple(choices)
