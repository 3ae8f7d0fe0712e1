"""``shanhai-check allocate``: propose how a goal is shared among units.

Three layers, data flowing one way:

- :mod:`~shanhai_check.allocate.core`: :func:`apportion`, exact largest-remainder
  apportionment with floors, ceilings, fixed amounts and weights; no plan, no I/O.
- :mod:`~shanhai_check.allocate.problem`: what a plan asks for (its goal, group rules and
  prose allocations) as an allocation problem.
- :mod:`~shanhai_check.allocate.output`: the proposal as a plan fragment (YAML) or a
  spreadsheet (CSV, xlsx); :mod:`~shanhai_check.allocate.command` runs the command.
"""

from shanhai_check.allocate.core import AllocationError, AllocationImpossible, Apportionment, apportion

__all__ = ["AllocationError", "AllocationImpossible", "Apportionment", "apportion"]
