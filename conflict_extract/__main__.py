"""``python -m conflict_extract`` is ``conflict-extract``."""

from conflict_extract.cli.app import main

if __name__ == "__main__":
    main()
