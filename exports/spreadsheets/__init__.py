"""Spreadsheets in and out: CSV, XLSX and JSON tables over plain rows from bcm."""
