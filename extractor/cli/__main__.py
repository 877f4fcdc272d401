"""``python -m extractor.cli``: the same as the ``iro`` command."""
from . import main

main()
