"""Rendering: one HTML template per kind, written out as HTML, PDF and DOCX."""
