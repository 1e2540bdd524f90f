"""README's fresh-machine commands: the main job installs only the project and writes where git
ignores; CI runs exactly README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fresh_machine_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## On a fresh machine") :]
    section = section[: section.index("\n## ", 3)]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_two_commands() -> None:
    """One command installs and runs the main job, one runs the tests."""
    main_job, tests = _fresh_machine_commands()
    assert "\n" not in main_job
    assert "\n" not in tests
    assert "python -m pytest" in tests


def test_main_job_installs_no_extras_and_writes_where_git_ignores() -> None:
    """No development extras for rendering; the output lands in a git-ignored folder."""
    main_job, _ = _fresh_machine_commands()
    assert "pip install -e . " in main_job
    assert "[" not in main_job
    output = main_job.split(" -o ", 1)[1].split()[0]
    folder = output.split("/", 1)[0]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert f"/{folder}/" in ignored


def test_ci_runs_readmes_test_command() -> None:
    """.ci/run runs README's test command as written, and fails when pytest collects nothing."""
    _, tests = _fresh_machine_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f'readme_tests="{tests}"' in ci
    assert 'bash -c "$readme_tests"' in ci
    assert re.search(r'if \[ "\$rc" -eq 5 \]; then\n.*\n  exit 1', ci)


def test_license_matches_the_metadata() -> None:
    """The LICENSE file is the licence pyproject.toml declares."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    assert 'license-files = ["LICENSE"]' in pyproject
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
