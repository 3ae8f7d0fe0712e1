"""Formatters: turn a RunResult into text for people or JSON for machines. They never compute."""
