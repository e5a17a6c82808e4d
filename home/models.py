"""Public pages. Thin: they show what the intake models hold."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from intake.phones import display_phone, validate_phone


class HomePage(Page):
    """The platform's front page: what social activation is, and the programmes."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["home.ProgrammePage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme_pages"] = (
            ProgrammePage.objects.child_of(self)
            .live()
            .public()
            .select_related("programme__cpas")
        )
        return context


class ProgrammePage(Page):
    """The public description of one programme, translated with wagtail-localize.

    Its forms (issue: form builder) will live below it, so the page is where a
    programme's managers get their page permissions.
    """

    # A ForeignKey, not a one-to-one: each translation is a page of its own.
    programme = models.ForeignKey(
        "intake.Programme",
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("programme"),
        null=True,
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    target_group = models.TextField(_("who can take part"), blank=True)
    contact_address = models.TextField(
        _("address"), blank=True, help_text=_("Where people come to meet the team.")
    )
    contact_phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    contact_email = models.EmailField(_("e-mail"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("programme"),
        FieldPanel("summary"),
        FieldPanel("target_group"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
    ]
    # The same address, phone and e-mail in every language.
    override_translatable_fields = [
        SynchronizedField("contact_address"),
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_email"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["surveys.FormPage"]

    class Meta:
        verbose_name = _("programme page")

    @property
    def contact_phone_display(self) -> str:
        return display_phone(self.contact_phone) if self.contact_phone else ""
