"""The commands' bodies, one module each: what ``cli.py`` declares, done.

These are the only modules that print errors and pick exit statuses; everything below them
returns results, raises errors that carry a message, or writes files it is asked to.
"""
