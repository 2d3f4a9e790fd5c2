"""`jobkit diff`: what changed between two versions of documents, per document and duty."""
