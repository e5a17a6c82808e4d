"""What the live benchmarks share (a package: ``python -m bench`` runs only the
plain modules of ``bench``): the production topology on loopback — PostgreSQL
and Redis started as tests/services.py starts them, daphne processes — its seed,
and an asyncio WebSocket client (autobahn, which daphne brings)."""
