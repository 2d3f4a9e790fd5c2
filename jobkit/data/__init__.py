"""Data files shipped with jobkit: word lists for the lint rules."""
