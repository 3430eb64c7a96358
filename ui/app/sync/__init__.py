"""The desktop app's side of sync: connecting to a shared server, background sync, status, conflicts."""
