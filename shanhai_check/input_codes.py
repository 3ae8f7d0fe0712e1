"""Codes of input errors: files that cannot be checked at all (exit status 2)."""

INPUT_CODES = {
    "SH001": ("yaml-syntax", "YAML 语法错误、不允许的标签、嵌套过深或别名展开过多", "YAML syntax error, forbidden tag, too deep or too many aliases"),
    "SH002": ("plan-format", "不符合计划格式: 未知的键、类型不对、缺少必填项", "does not fit the plan format: unknown key, wrong type, missing field"),
    "SH003": ("duplicate-key", "重复的键、单位、组或列", "duplicate key, unit, group or column"),
    "SH004": ("bad-figure", "无法识别的数值或不可换算的单位", "unreadable figure or unconvertible unit"),
    "SH005": ("bad-reference", "引用了未定义的指标、列或组", "reference to an undefined metric, column or group"),
    "SH006": ("unreadable-file", "文件不存在、不可读或不是文本", "file missing, unreadable or not text"),
    "SH007": ("path-outside-root", "引用的路径超出检查的目录树", "a referenced path leaves the checked tree"),
}
