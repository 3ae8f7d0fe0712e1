"""The plan format, as a JSON Schema.

This dictionary is the single definition of what a plan (or roster) file may
contain.  The loader validates YAML against it (with line numbers and "did you
mean" hints), and ``shanhai-check schema`` prints it for editors.  The prose
documentation is ``docs/plan-format.md``; a test keeps the two in step.
"""

FORMAT_VERSION = "shanhai-check/1"

_QUANTITY = {
    "description": (
        "A number in the metric's unit (110, 1.3), or a Chinese figure with unit and "
        "comparator: '18.3亿元', '不低于110万元', '2000人次以上', '1~2个', '100个左右'."
    ),
    "type": ["number", "string"],
}

_SOURCE_PROPS = {
    "section": {
        "type": "string",
        "description": "Where the claim is: section, item or attachment (二、(四)10 / 附件1).",
    },
    "quote": {"type": "string", "description": "The words of the source, quoted as published."},
}

_NAMES = {"type": "array", "items": {"type": "string"}}

_UNIT = {
    "description": "A unit of the roster: a bare name, or a mapping with aliases and groups.",
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string", "description": "The unit's full name as the roster writes it."},
                "aliases": dict(_NAMES, description="Other names the documents use for this unit."),
                "groups": dict(_NAMES, description="Names of the groups this unit belongs to."),
                "note": {"type": "string"},
            },
        },
    ],
}

_GROUP = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "description": "The group's name (省定结对, 区县(市), 开发园区 ...)."},
        "aliases": dict(_NAMES, description="Placeholders that expand to this group (各区县(市))."),
        "includes": dict(_NAMES, description="Other groups whose members belong to this one too."),
        "open": {
            "type": "boolean",
            "description": "True when the documents never enumerate the members (市级有关单位): it cannot be counted.",
        },
        "note": {"type": "string"},
    },
}

_ROSTER_BODY = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "units": {"type": "array", "items": _UNIT},
        "groups": {"type": "array", "items": _GROUP},
    },
}

_CITE = {
    "type": "object",
    "required": ["title"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "string", "description": "The cited document's title, without 《》."},
        "number": {"type": "string", "description": "Its 文号 as written (浙委发〔2018〕3号)."},
        "issuer": {"type": "string"},
        **_SOURCE_PROPS,
    },
}

_ROUNDED = {
    "type": "boolean",
    "description": "The figures are rounded at their last written digit (the document says so, e.g. 因四舍五入): "
    "each then stands for its rounding interval, "
    "and a sum that holds only within the rounding is a warning, never 一致. "
    "Default false: figures are exact.",
}

_DOCUMENT = {
    "type": "object",
    "required": ["title"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "string"},
        "number": {"type": "string", "description": "The plan's own 文号, if it has one."},
        "issuer": {"type": "string", "description": "The issuing body."},
        "date": {"type": "string", "format": "date", "description": "成文日期 (YYYY-MM-DD)."},
        "published": {"type": "string", "format": "date", "description": "发布日期, when it differs."},
        "year": {"type": "integer", "description": "The plan year."},
        "period": {
            "type": "object",
            "required": ["from", "to"],
            "additionalProperties": False,
            "description": "The years the plan covers (default: its year, else its date's year).",
            "properties": {"from": {"type": "integer"}, "to": {"type": "integer"}},
        },
        "source": {"type": "string", "description": "Where the text was taken from (a file or an address)."},
        "cites": {"type": "array", "items": _CITE},
        "note": {"type": "string"},
        "rounded": dict(_ROUNDED, description="Every figure of the plan is rounded: " + _ROUNDED["description"]),
    },
}

_METRIC = {
    "type": "object",
    "required": ["unit"],
    "additionalProperties": False,
    "properties": {
        "unit": {"type": "string", "description": "万元, 亿元, 人次, 个, 次, 名 ..."},
        "name": {"type": "string", "description": "The metric's name in the documents, when the key is short."},
        "definition": {"type": "string", "description": "The definition the plan gives (the table's 注)."},
        "rounded": dict(_ROUNDED, description="Every figure of this metric is rounded: " + _ROUNDED["description"]),
    },
}

_DEADLINES = {
    "type": "array",
    "description": "Dates and deadlines as printed ('2018年7月底前', '四季度前', '每月25日前'); parsed, not matched.",
    "items": {
        "anyOf": [
            {"type": "string"},
            {
                "type": "object",
                "required": ["when"],
                "additionalProperties": False,
                "properties": {
                    "when": {"type": "string", "description": "The date phrase as printed."},
                    **_SOURCE_PROPS,
                },
            },
        ]
    },
}

_GOAL = {
    "type": "object",
    "required": ["metric", "value"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "A name for the goal, when a metric has several."},
        "metric": {"type": "string"},
        "value": _QUANTITY,
        "deadlines": _DEADLINES,
        **_SOURCE_PROPS,
    },
}

_ALLOCATION = {
    "type": "object",
    "required": ["unit", "metric", "value"],
    "additionalProperties": False,
    "properties": {
        "unit": {"type": "string", "description": "The unit the prose allocates to (市本级)."},
        "metric": {"type": "string"},
        "value": _QUANTITY,
        **_SOURCE_PROPS,
    },
}

_GROUP_RULE = {
    "type": "object",
    "required": ["group", "metric", "each"],
    "additionalProperties": False,
    "properties": {
        "group": {"type": "string", "description": "The group (or placeholder) the rule speaks of."},
        "metric": {"type": "string"},
        "each": dict(_QUANTITY, description="What each member must have: '221万元', '不低于110万元'."),
        "count": {"type": "integer", "description": "The group size the text states (5个省定结对 → 5)."},
        **_SOURCE_PROPS,
    },
}

_COLUMN = {
    "description": "A metric key, or a mapping for a column that is not a plan metric or that adds up others.",
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "required": ["key"],
            "additionalProperties": False,
            "properties": {
                "key": {"type": "string", "description": "The column's name in rows and rules."},
                "metric": {
                    "type": "string",
                    "description": "The plan metric it holds (default: the key, if it is one).",
                },
                "header": {"type": "string", "description": "The header as printed (到位资金(亿元))."},
                "unit": {"type": "string", "description": "The unit of its cells when no metric gives it."},
                "sum_of": dict(_NAMES, description="Keys of the columns this one totals, row by row."),
                "part_of": {
                    "type": "string",
                    "description": "Key of a column each cell must not exceed (2020年计划 ≤ 计划总投资).",
                },
            },
        },
    ],
}

_ROW = {
    "description": (
        "The row's cells: a list in column order, or a mapping by column key. null or '—' is a missing cell."
    ),
    "anyOf": [
        {"type": "array", "items": {"type": ["number", "string", "null"]}},
        {"type": "object", "additionalProperties": {"type": ["number", "string", "null"]}},
    ],
}

_TABLE = {
    "type": "object",
    "required": ["id", "columns", "rows"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "How findings name the table (附件1)."},
        "title": {"type": "string"},
        "row_header": {"type": "string", "description": "The first column's header (单位, 产业园名称)."},
        "rows_are": {
            "enum": ["units", "names"],
            "description": "'units' (default): row names are roster units; 'names': anything else (parks, projects).",
        },
        "columns": {"type": "array", "items": _COLUMN},
        "rows": {"type": "object", "additionalProperties": _ROW, "description": "Row name → cells."},
        "total": dict(_ROW, description="The 合计 row as written."),
        "note": {"type": "string", "description": "The table's 注."},
        "section": _SOURCE_PROPS["section"],
        "rounded": dict(_ROUNDED, description="Every figure of this table is rounded: " + _ROUNDED["description"]),
    },
}

_TARGET = {
    "type": "object",
    "required": ["metric", "value"],
    "additionalProperties": False,
    "properties": {
        "metric": {"type": "string"},
        "value": _QUANTITY,
        "per_unit": {
            "type": "boolean",
            "description": "True when every responsible unit must reach the value (各区县(市)…1次以上).",
        },
        "quote": _SOURCE_PROPS["quote"],
    },
}

_ROLES = {
    "type": "object",
    "additionalProperties": False,
    "description": "Units by role; each list keeps the order and names as written.",
    "properties": {"牵头": _NAMES, "责任": _NAMES, "配合": _NAMES},
}

_TASK_PART = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string"},
        "units": _ROLES,
        "targets": {"type": "array", "items": _TARGET},
        "deadlines": _DEADLINES,
    },
}

_TASK = {
    "type": "object",
    "additionalProperties": False,
    "description": "A task item, or a heading entry ({heading: '(七)加强人力资源合作'}) that starts a section.",
    "properties": {
        "heading": {
            "type": "string",
            "description": "A heading as printed, in document order ('四、落实援建资金', '(十)落实援建资金'); "
            "the items after it stand under it. An entry with a heading has no other keys.",
        },
        "item": {"type": ["integer", "null"], "description": "The item number as printed; null when unnumbered."},
        "section": {"type": "string", "description": "The heading it stands under, as printed ((七)加强人力资源合作)."},
        "title": {"type": "string"},
        "text": {"type": "string"},
        "units": _ROLES,
        "targets": {"type": "array", "items": _TARGET},
        "parts": {
            "type": "array",
            "items": _TASK_PART,
            "description": "Clauses of one item that each name their own units.",
        },
        "ref": {"type": "string", "description": "The same task in another list: '<list id>:<item>' (正文:6)."},
        "deadlines": _DEADLINES,
    },
}

_TASK_LIST = {
    "type": "object",
    "required": ["id", "items"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "How findings name the list (正文, 附件2)."},
        "title": {"type": "string"},
        "truncated": {
            "type": "boolean",
            "description": "True when the published list is cut off (a page ends after item 3).",
        },
        "note": {"type": "string"},
        "items": {"type": "array", "items": _TASK},
    },
}

_LEAD = {
    "type": "object",
    "required": ["units"],
    "additionalProperties": False,
    "description": "Units the prose names in a role for a task list ('由市经信局、…等单位分别牵头').",
    "properties": {
        "units": _NAMES,
        "role": {"enum": ["牵头", "责任", "配合"], "description": "The role the prose gives them (default 牵头)."},
        "task_list": {"type": "string", "description": "The task list they should appear in (default: any)."},
        **_SOURCE_PROPS,
    },
}

_COUNT = {
    "type": "object",
    "required": ["what", "count"],
    "additionalProperties": False,
    "description": (
        "A stated count and what it counts: the names listed, a roster group, a table's rows or a task's units."
    ),
    "properties": {
        "what": {"type": "string", "description": "What is counted (省级山海协作产业园)."},
        "count": dict(_QUANTITY, description="The count as printed: '4个', '八大', '20个以上'."),
        "listed": dict(_NAMES, description="The names the document enumerates for it, as printed."),
        "group": {"type": "string", "description": "A roster group whose members it counts."},
        "table": {"type": "string", "description": "A table (by id) whose rows it counts."},
        "task": {
            "type": "string",
            "description": "A task '<list id>:<item>' (or '<list id>:<item>.<clause>') whose units it counts.",
        },
        "role": {"enum": ["牵头", "责任", "配合"], "description": "With task: only the units in this role."},
        "complete": {
            "type": "boolean",
            "description": (
                "False when the enumeration may be partial (包括, 如, 等): then it may only not exceed the count."
            ),
        },
        **_SOURCE_PROPS,
    },
}

_PARENT = {
    "type": "object",
    "required": ["plan"],
    "additionalProperties": False,
    "description": "The plan this one rolls up into, and which goals count toward which of the parent's.",
    "properties": {
        "plan": {
            "type": "string",
            "description": "Path of the parent plan, relative to this file (inside the repository).",
        },
        "links": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["goal", "parent_goal"],
                "additionalProperties": False,
                "properties": {
                    "goal": {"type": "string", "description": "This plan's goal: its id, or its metric when unique."},
                    "parent_goal": {
                        "type": "string",
                        "description": "The parent's goal: its id, or its metric when unique.",
                    },
                    "relation": {
                        "enum": ["share", "sum"],
                        "description": "share (default): a part of the parent's goal, never above it, and all shares "
                        "together not above it; sum: the parent's goal is exactly the sum of its children's.",
                    },
                    "quote": _SOURCE_PROPS["quote"],
                },
            },
        },
    },
}

_WAIVER = {
    "type": "object",
    "required": ["code", "applies_to"],
    "additionalProperties": False,
    "description": "A known, accepted finding: it is reported as waived, not counted (a waiver needs a reason).",
    "properties": {
        "code": {"type": "string", "pattern": "^SH[1-9][0-9][0-9]$", "description": "The rule code it waives."},
        "applies_to": {
            "type": "string",
            "description": (
                "Words of the finding's message that pick it out: "
                "a unit, a metric, an item ('挂职干部', '附件2 第33项')."
            ),
        },
        "reason": {
            "type": "string",
            "description": "Why the finding is accepted (required: a waiver without one is itself a finding).",
        },
    },
}

PLAN_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://shanhai-check.example/schema/plan.json",
    "title": "shanhai-check plan or roster",
    "description": "A regional cooperation work plan encoded for shanhai-check, or a shared roster file.",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT_VERSION, "description": "The format version."},
        "document": _DOCUMENT,
        "roster": {
            "description": "The plan's units: a path to a roster file (relative to this file), or the roster itself.",
            "anyOf": [{"type": "string"}, _ROSTER_BODY],
        },
        "metrics": {
            "type": "object",
            "additionalProperties": _METRIC,
            "description": "Metric key → unit and definition.",
        },
        "goals": {"type": "array", "items": _GOAL},
        "allocations": {"type": "array", "items": _ALLOCATION},
        "rules": {"type": "array", "items": _GROUP_RULE},
        "tables": {"type": "array", "items": _TABLE},
        "task_lists": {"type": "array", "items": _TASK_LIST},
        "leads": {"type": "array", "items": _LEAD},
        "counts": {"type": "array", "items": _COUNT},
        "parent": _PARENT,
        "waivers": {"type": "array", "items": _WAIVER},
    },
}
