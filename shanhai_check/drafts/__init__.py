"""Drafts as planners write them: plain text or Word, read with no YAML written by anyone.

``read`` turns a file into numbered, normalised lines (and Word tables); ``figures`` finds
the numbers in a line; ``claims`` says what each number claims (metric, comparator, unit);
``tables`` rebuilds tables that web pages flattened into one cell per line or one line of
cells. The relation checks of issue 8 (``relations``) read these, never the file.
"""
