"""Run: one PDF through read and figures (``pipeline.extract_document``), and many PDFs
in parallel with a cache, timeouts and resume (``runner``, ``worker``, ``cache``).

Gives ``model.ExtractionResult`` per file. Imports ``read`` and ``figures``.
"""
