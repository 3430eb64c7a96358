"""The `bcm` command line."""
