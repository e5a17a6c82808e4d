"""The demo data of every app, seeded in the order of their dependencies."""

from workflow.demo.seed import seed_demo

__all__ = ["seed_demo"]
