"""Reports: the dataset -> what a person reads. ``benchmark`` (a council beside its
statistical neighbours), ``summary`` (a regional network summary), ``html`` (their
pages) and ``evaluate`` (an extraction scored against gold answers). Imports ``data``.
"""
