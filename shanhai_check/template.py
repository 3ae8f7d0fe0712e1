"""What ``shanhai-check init`` writes: a commented plan and its roster to start from.

Both check clean (a test runs ``check --fail-on info`` on them), so every finding a planner
sees after editing comes from what they changed. The comments say, in Chinese, what each part
is for; docs/plan-format.zh.md says the rest.
"""

from __future__ import annotations

ROSTER_PATH = "rosters/名册.yaml"
PLAN_PATH = "示例计划.yaml"

ROSTER = """\
# 单位名册: 计划中提到的每个单位都应在这里 (或是某单位的别名、某个组)。
# 多份计划可共用一份名册: 在计划中写 roster: rosters/名册.yaml。
# 格式说明见 docs/plan-format.zh.md 的 "roster: 单位和组" 一节。
roster:
  name: 示例市山海协作单位
  units:
    # name: 名册中的正式名称; aliases: 文件中用到的其他写法; groups: 所属的组
    - {name: 甲区, groups: [区县(市), 省定结对]}
    - {name: 乙区, groups: [区县(市), 市定结对]}
    - {name: 丙园区, groups: [开发园区, 市定结对]}
    - {name: 市委办公室, aliases: [市委办]}
    - 市本级
    - 市支援合作局
  groups:
    # aliases: 文件中代表整个组的占位写法 (如 各区县(市)),检查时展开为组的成员
    - {name: 区县(市), aliases: [各区县(市)]}
    - {name: 开发园区}
    - {name: 省定结对}
    - {name: 市定结对}
"""

PLAN = """\
# 一份计划 = 一个 YAML 文件,记下工作要点及任务分解中的数字和责任单位,照原文书写。
# 改完后运行: shanhai-check check   (逐条核对合计、目标、分组规则、责任单位)
# 格式说明: docs/plan-format.zh.md;每条规则的说明: shanhai-check explain SH101
# YAML 要点: 键和值之间用半角冒号加空格 (title: 示例),不要用全角冒号 "：";
#            {…} 里的值含有半角逗号 "," 时,给整个值加引号。
format: shanhai-check/1

document:
  title: 2025年度示例市山海协作工作要点      # 文件标题 (必填)
  issuer: 示例市山海协作领导小组办公室
  date: 2025-03-01                            # 成文日期
  year: 2025

roster: rosters/名册.yaml                     # 单位名册 (相对于本文件)

# 指标: 每个数字都属于一个指标,指标有计量单位。
metrics:
  援建资金: {unit: 万元}
  洽谈会: {unit: 次, name: 对接投资洽谈会}

# 主要目标: 正文 "主要目标" 中的总数。section 写出处,quote 写原话。
goals:
  - metric: 援建资金
    value: 1000万元
    section: 一、(二)主要目标
    quote: 落实援建资金1000万元
  - metric: 洽谈会
    value: 3次以上
    quote: 开展3次以上对接投资洽谈会

# 正文中分配给某一个单位的数额 (不在表中的也要写,目标 = 表合计 + 这些)。
allocations:
  - unit: 市本级
    metric: 援建资金
    value: 450万元
    quote: 市本级落实援建资金450万元

# 分组规则: "N个某组 各X" 这类句子,检查每个成员的数值和组的大小。
rules:
  - group: 省定结对
    metric: 援建资金
    each: 250万元
    count: 1
    quote: 1个省定结对的区各落实250万元
  - group: 市定结对
    metric: 援建资金
    each: 不低于150万元
    count: 2

# 分配表 (附件1): 每行一个单位,total 是表中印的 "合计" 一行。
tables:
  - id: 附件1
    title: 2025年度示例市山海协作工作定量任务分解表
    row_header: 单位
    columns: [援建资金]
    rows:
      甲区: [250]
      乙区: [150]
      丙园区: [150]
      市本级: [450]
    total: [1000]

# 任务清单: 正文的工作要点和附件的任务分解表;标题 (heading) 也照原文逐级写上。
task_lists:
  - id: 正文
    items:
      - heading: 二、工作要点
      - heading: (一)加强产业合作
      - item: 1
        text: 组织当地企业赴结对地区开展3次以上对接投资洽谈会,2025年6月底前完成。
        deadlines: [2025年6月底前]
        units:
          牵头: [市支援合作局]
          责任: [各区县(市), 开发园区]
  - id: 附件2
    items:
      - heading: (一)加强产业项目合作
      - item: 1
        ref: 正文:1
        text: 组织当地企业赴结对地区开展1次以上对接投资洽谈会。
        targets:
          - {metric: 洽谈会, value: 1次以上, per_unit: true}   # 每个责任单位各1次以上
        units:
          牵头: [市支援合作局]
          责任: [各区县(市), 开发园区]
      - item: 2
        text: 每季度末报送工作进展。
        deadlines: [每季度末]
        units:
          责任: [市委办公室, 市支援合作局]
"""
