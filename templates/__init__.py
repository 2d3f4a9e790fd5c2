"""Document templates, skeletons and the project scaffold, shipped as package data."""
