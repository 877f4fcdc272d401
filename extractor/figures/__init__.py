"""Figures: a ``Document`` -> candidate figures -> resolved figures.

Numbers, periods and the words around them (``numbers``, ``periods``, ``context``),
running prose (``prose``), candidates from sentences and tables (``text_figures``,
``table_figures``), which council, year and kind of paper (``identity``), one row per
figure (``resolve``) and how sure to be of it (``confidence``). The wording comes from
the pattern files (``patterns``). Imports ``model``, ``paths`` and ``read`` only.
"""
