"""Data: extraction results -> files and the DuckDB dataset.

``store`` writes CSV/Parquet and the database; ``dataset`` defines the views
(observations, resolved, conflicts); ``reference`` loads the official DfE statistics
and ``areas`` the council register. Imports ``model`` and ``paths`` only.
"""
