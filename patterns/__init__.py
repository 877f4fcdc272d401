"""Pattern data: metric vocabularies, wording lexicons, council names and spaCy
EntityRuler patterns. Not code: installed as the package data
``extractor.pattern_files`` and read with ``importlib.resources``; ``IRO_PATTERNS``
points the tool at a user's own copy instead."""
