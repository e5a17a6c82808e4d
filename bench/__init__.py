"""Benchmarks: ``make bench`` (``python -m bench``) runs every module listed in
:data:`bench.__main__.BENCHMARKS`; each prints lines ``BENCH <name> <metric>=<value>``.
"""
