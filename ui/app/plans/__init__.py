"""The Business continuity workspace's parts: the plan editor and its tabs, and “who does this disruption hit?”."""
