"""Allow ``python -m shanhai_check``."""

from shanhai_check.cli import main

main()
