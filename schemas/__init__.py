"""JSON Schemas of the jobkit document kinds, shipped as package data."""
