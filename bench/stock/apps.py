from django.apps import AppConfig


class StockConfig(AppConfig):
    """Wagtail's stock form page, as the benchmarks' point of comparison.

    The app has no migrations: the benchmark creates every table from the models
    (``bench.settings.MIGRATION_MODULES``).
    """

    name = "bench.stock"
    label = "bench_stock"
    default_auto_field = "django.db.models.BigAutoField"
