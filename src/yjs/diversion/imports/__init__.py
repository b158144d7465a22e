"""Imports of records from files the police and partners send."""
