"""Printed outputs (ReportLab platypus): every page A4 with "Page X of Y", printed time, source and marking."""
