"""``iro audit``: check the numeric claims in IRO reports.

    from extractor.audit import audit_document, open_reference
    result = audit_document(Path("report.pdf"), open_reference("iro.duckdb"))
    result.findings  # Finding rows: doc, page, kind, severity, claim, stated, expected, explanation

Stages, one module each: text (sentences and numbers) and grids (tables),
claims (changes, parts, tableclaims, standards), checks (the arithmetic),
crosscheck and official (figures against each other, DfE data and earlier
reports), render (text, markdown, html, json).  Claim wording is pattern
data in ``patterns/audit_claims.toml``.
"""
from .model import Check, DocAudit, Finding, Note
from .official import open_reference
from .run import audit_document, audit_paths, audit_text

__all__ = ["audit_document", "audit_paths", "audit_text", "open_reference", "DocAudit", "Finding", "Check", "Note"]
