"""shanhai-check: a checker for regional cooperation work plans (山海协作 / 对口合作)."""

__version__ = "0.1.0"
