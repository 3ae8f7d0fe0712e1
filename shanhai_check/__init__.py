"""shanhai-check: a checker for regional cooperation work plans (山海协作 / 对口合作)."""

__version__ = "0.1.0"
# Where the project lives: SARIF's informationUri, and the base of every rule's helpUri
# (docs/rules.md at the tag of this version; see ruledoc.help_uri). A fork changes it here.
__url__ = "https://github.com/shanhai-check/shanhai-check"
