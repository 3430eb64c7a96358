"""Everything a person touches: the PySide6 desktop app and the `bcm` command line."""
