"""`jobkit import`: existing Word job descriptions turned into job YAML, nothing lost."""
