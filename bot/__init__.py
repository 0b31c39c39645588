"""briefing-bot: reads diplomatic news and answers who met whom, in Slack and in a terminal."""

from pathlib import Path

__version__ = "0.1.0"

#: The project folder that holds `config/` and `seeds/` beside the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = PROJECT_ROOT / "config"
SEEDS_DIR = PROJECT_ROOT / "seeds"
