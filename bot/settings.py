"""Settings: config/settings.yaml, deep-merged with the file named by BRIEFING_CONFIG.

Secrets are not settings: tokens are read from the environment where they are
used and never pass through here, so printing settings can never leak one.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import CONFIG_DIR
from bot.yaml_files import read_yaml


class SettingsError(ValueError):
    """A settings file that cannot be read; the message names the file and why."""


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = read_yaml(path)
    except FileNotFoundError as exc:
        raise SettingsError(f"settings file {path} does not exist") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SettingsError(f"settings file {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise SettingsError(f"settings file {path} must hold a mapping at the top")
    return data


@dataclass(frozen=True)
class Settings:
    data: dict[str, Any]

    def get(self, dotted: str, default: Any = None) -> Any:
        """`settings.get("digest.time")`: a value by its dotted path, or `default`."""
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        return Settings(_deep_merge(self.data, overrides))

    @property
    def database_url(self) -> str:
        url = os.environ.get("BRIEFING_DATABASE_URL") or self.data.get("database_url")
        if url:
            return url
        from platformdirs import user_data_path

        folder = user_data_path("briefing-bot", appauthor=False, ensure_exists=True)
        return f"sqlite:///{folder / 'briefing.sqlite3'}"


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """The defaults, with BRIEFING_CONFIG (or `path`) merged over them."""
    data = _read_yaml(CONFIG_DIR / "settings.yaml")
    override = path or os.environ.get("BRIEFING_CONFIG")
    if override:
        data = _deep_merge(data, _read_yaml(Path(override)))
    return Settings(data)
