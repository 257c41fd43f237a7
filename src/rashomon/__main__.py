"""`python -m rashomon` runs the command-line interface."""

from rashomon.cli import main

if __name__ == "__main__":  # not when a worker process re-imports it
    main()
