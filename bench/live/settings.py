"""The benchmarks' settings on the database and Redis the topology started
(``DATABASE_URL``, ``REDIS_URL``), for the daphne processes and the seed."""

from bench.settings import *  # noqa: F403
from config import env

DATABASES = {"default": env.get_database("DATABASE_URL", "sqlite:///:memory:")}
CHANNEL_LAYERS = env.get_channel_layers("REDIS_URL")
CACHES = env.get_caches("REDIS_URL")
