"""A wheel install (no checkout around the package) still finds its knowledge files and seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from bot import PROJECT_ROOT

SHIPPED = ["pyproject.toml", "README.md", "bot", "handlers", "config", "seeds"]


def _run(*cmd: str | Path, **kw) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


def test_a_wheel_install_answers_from_its_own_seeds(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in SHIPPED:
        origin = PROJECT_ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", tmp_path / "dist", source)  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("briefing_bot-*.whl")

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    _run(*pip, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel)

    # The dependencies come from this environment; the package, its config and
    # its seeds only from the wheel (no checkout on the path, cwd elsewhere).
    env = {
        **os.environ,
        "PYTHONPATH": sysconfig.get_path("purelib"),
        "BRIEFING_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite3'}",
        "HOME": str(tmp_path),
    }
    env.pop("BRIEFING_CONFIG", None)
    where = _run(python, "-c", "import bot; print(bot.__file__); print(bot.CONFIG_DIR)",
                 cwd=tmp_path, env=env).stdout.split()  # fmt: skip
    assert where[0].startswith(str(venv)), "bot is imported from the wheel install"
    assert where[1] == str(venv / "share" / "briefing-bot" / "config")

    answer = _run(python, "-m", "bot.cli", "ask", "Sullivan", cwd=tmp_path, env=env).stdout
    assert "Jake Sullivan" in answer
