"""The admin URLs of exports and imports (registered in ``wagtail_hooks``)."""

from django.urls import path

from exchange.views import exports, imports

app_name = "exchange"
urlpatterns = [
    path("export/<str:kind>/", exports.ExportView.as_view(), name="export"),
    path(
        "export/<str:kind>/<int:pk>/", exports.ExportView.as_view(), name="export_form"
    ),
    path("files/", exports.FilesView.as_view(), name="files"),
    path("files/<str:token>/", exports.download, name="download"),
    path("import/<str:kind>/", imports.ImportView.as_view(), name="import"),
]
