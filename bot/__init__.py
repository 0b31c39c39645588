"""briefing-bot: reads diplomatic news and answers who met whom, in Slack and in a terminal."""

import sysconfig
from pathlib import Path

__version__ = "0.1.0"

#: The folder around the package: a checkout (or an editable install) holds
#: `config/`, `seeds/` and `manifest.yaml` here.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _data_root() -> Path:
    """Where `config/` and `seeds/` are.

    A checkout keeps them beside the package. A wheel cannot put files beside
    its packages, so it installs them to <prefix>/share/briefing-bot (see
    pyproject.toml); a user install has its own prefix.
    """
    if (PROJECT_ROOT / "config" / "lexicon.yaml").is_file():
        return PROJECT_ROOT
    schemes = [sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")]
    for scheme in dict.fromkeys(schemes):
        shared = Path(sysconfig.get_path("data", scheme)) / "share" / "briefing-bot"
        if (shared / "config" / "lexicon.yaml").is_file():
            return shared
    return PROJECT_ROOT


DATA_ROOT = _data_root()
CONFIG_DIR = DATA_ROOT / "config"
SEEDS_DIR = DATA_ROOT / "seeds"
