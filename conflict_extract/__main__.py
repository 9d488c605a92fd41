"""``python -m conflict_extract`` is ``conflict-extract``."""

from .cli import main

if __name__ == "__main__":
    main()
