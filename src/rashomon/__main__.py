"""`python -m rashomon` runs the command-line interface."""

from rashomon.cli import main

main()
