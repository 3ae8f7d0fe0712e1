"""Allocation tables in and out of Word and Excel: ``shanhai-check import`` and ``export``.

Planners draft in Word and Excel; copying a table into YAML by hand is where half the errors
come from. The data flows one way, as in the checker:

- :mod:`.read` turns a ``.xlsx``, ``.csv`` or ``.docx`` file into a grid of cell texts, each
  with its place in the file (``Sheet1!B3``, 表1 第3行第2格, ``3:2``);
- :mod:`.layout` finds the table in the grid — captions, header rows, the 合计 row, notes —
  and reads each value exactly, giving one neutral :class:`~.table.ImportedTable`;
- :mod:`.to_yaml` writes that table as the plan's ``metrics:`` and ``tables:`` entries;
- :mod:`.write` writes a plan's table back out (``export``), in the form :mod:`.read` reads.

openpyxl and python-docx are imported only inside the functions that open such files, so
``shanhai-check check`` never loads them.
"""
