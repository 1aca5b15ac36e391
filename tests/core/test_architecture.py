"""The import rule of docs/architecture.md: an app imports only apps below it, and no module loop appears.

The order is read from the page itself, so the page and the code cannot drift apart.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
PACKAGE = SRC / "youthvoice"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
ROOF = {"urls", "api_urls", "settings", "cli", "celery", "wsgi"}

# Known breaks of the rule, each to go as the refactor of issue 16 lands: (importing module, imported app).
# An entry that is no longer needed fails test_known_exceptions_are_still_needed, so the list only shrinks.
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}
KNOWN_CYCLES: dict[frozenset[str], str] = {}


def rooms_in_order() -> list[str]:
    """The numbered list of apps in docs/architecture.md, lowest first."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## The rooms, from the ground floor up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\d+\. `(\w+)`", section, flags=re.MULTILINE)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every module ``path`` names: imports anywhere in the file, and ``apps.get_model("app", ...)``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get_model"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            label = node.args[0].value.split(".")[0]
            names.add(f"youthvoice.{label}")
    return names


def _app_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "youthvoice":
        return None
    return parts[1]


def _import_graph() -> dict[str, set[str]]:
    """Module -> youthvoice modules it imports (migrations left out: Django orders those itself)."""
    modules = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in modules.items():
        if ".migrations" in module:
            continue
        for name in _imports(path):
            if not name.startswith("youthvoice."):
                continue
            # "from youthvoice.x import y" names x.y too: keep it only when y is a module.
            if name not in modules and name.rsplit(".", 1)[0] in modules:
                continue
            if name != module and not module.startswith(name + "."):
                graph[module].add(name)
    return graph


def _breaks_of_the_rule() -> dict[tuple[str, str], list[str]]:
    order = rooms_in_order()
    rank = {app: floor for floor, app in enumerate(order)}
    breaks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for module, imported in _import_graph().items():
        app = _app_of(module)
        if app is None or app in ROOF:
            continue
        for name in imported:
            other = _app_of(name)
            if other is None or other == app:
                continue
            if other in ROOF:
                breaks[(module, other)].append(f"{module} imports the project's {name}")
            elif rank[other] > rank[app]:
                breaks[(module, other)].append(f"{module} ({app}) imports {name} ({other}, higher)")
    return breaks


def test_the_rooms_are_the_installed_apps():
    order = rooms_in_order()
    apps = {path.parent.name for path in PACKAGE.glob("*/apps.py")}
    assert len(order) == len(set(order)), "an app is listed twice in docs/architecture.md"
    assert set(order) == apps, (
        "docs/architecture.md's rooms and the apps differ: "
        f"not listed {sorted(apps - set(order))}, not an app {sorted(set(order) - apps)}"
    )


def test_no_app_imports_a_higher_one():
    breaks = _breaks_of_the_rule()
    unexpected = [
        line for key, lines in sorted(breaks.items()) if key not in KNOWN_EXCEPTIONS for line in lines
    ]
    assert not unexpected, "imports against docs/architecture.md's order:\n" + "\n".join(unexpected)


def test_known_exceptions_are_still_needed():
    breaks = _breaks_of_the_rule()
    stale = [f"{module} -> {app}" for module, app in KNOWN_EXCEPTIONS if (module, app) not in breaks]
    assert not stale, "remove these from KNOWN_EXCEPTIONS, they are fixed:\n" + "\n".join(stale)


def _cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for start in list(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(frozenset(group))
    return found


def test_no_import_cycle():
    cycles = _cycles(_import_graph())
    unexpected = [sorted(group) for group in cycles if group not in KNOWN_CYCLES]
    assert not unexpected, f"modules that import each other: {unexpected}"
    stale = [sorted(group) for group in KNOWN_CYCLES if group not in cycles]
    assert not stale, f"remove these from KNOWN_CYCLES, they are broken: {stale}"


def test_the_cycle_check_finds_a_loop():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [frozenset({"a", "b", "c"})]


def test_the_rule_reads_get_model_as_an_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('from django.apps import apps\napps.get_model("insights", "Coding")\n')
    assert "youthvoice.insights" in _imports(module)


def test_documentation_links_stay_inside_the_repository():
    """A link in README.md or docs/ resolves in any clone: the web, or a file of this repository."""
    pages = [ROOT / "README.md", ROOT / "bench" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if re.match(r"(https?|mailto):|#", target):
                continue
            resolved = (page.parent / target.split("#", 1)[0]).resolve()
            if not resolved.is_relative_to(ROOT) or not resolved.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
    assert not broken, f"links that leave the repository or lead nowhere: {broken}"
