"""The register's saves, one row per client id: a save sent twice (a retry
after the network came back) is stored once."""

from __future__ import annotations

from django.db import models


class RegisterSave(models.Model):
    """One save of a session's register as the tablet sent it. The same
    ``client_uuid`` with the same content answers what the first produced; with
    other content it is refused (409), as the interview mode's drafts are."""

    client_uuid = models.UUIDField(unique=True)
    session = models.ForeignKey(
        "groups.Session", on_delete=models.CASCADE, related_name="register_saves"
    )
    content_hash = models.CharField(max_length=64)
    revision = models.PositiveIntegerField()
    saved_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.session_id} r{self.revision}"
