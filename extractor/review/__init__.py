"""Review: the database's figures -> a local web app where a person checks them.

Takes the DuckDB database ``iro extract`` writes (documents, figures) and the
PDFs it registers; gives, through ``iro review``, a documents list and a review
page per document (the page rendered with pypdfium2, the evidence highlighted
where it sits) on which a person accepts, corrects, rejects or adds figures,
keyboard first.  Decisions go to the ``reviews`` table (``data.reviews``),
which the dataset views apply; ``data.reviews.export_gold`` turns reviewed
documents into gold data.  ``app`` is the Starlette application, ``pages`` the
page renders and evidence boxes; templates and static files ship with it.
"""
