"""Wagtail's form page exactly as its documentation builds it."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField


class StockFormField(AbstractFormField):
    page = ParentalKey(
        "StockFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class StockFormPage(AbstractForm):
    """Reads its field rows and builds its form class on every request."""

    template = "stock/stock_form_page.html"
    landing_page_template = "stock/stock_form_page_landing.html"
