"""Payroll engines, one per jurisdiction."""
