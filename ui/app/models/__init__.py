"""Qt item models over plain read-models from the bcm services (no queries here)."""
