"""PDF, CSV and XLSX in and out, over plain data from `bcm`. No Qt."""
