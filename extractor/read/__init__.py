"""Read: a PDF file -> ``Document`` (pages, lines with their words and columns, running
headers and footers set aside, vector rulings, tables, OCR for pages without text).

Takes a path; gives ``model.Document``. Imports nothing above ``model`` and ``paths``.
``read_document(path)`` reads the text layer, ``ocr_missing_text`` fills scanned pages,
``find_tables(document, path)`` adds the tables (ruled: camelot lattice; unruled: word
positions).
"""
