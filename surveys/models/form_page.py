"""A form is a Wagtail page under its programme's page.

It builds on ``wagtail.contrib.forms`` (:class:`FormMixin`), with its fields as
StreamField blocks (:mod:`surveys.blocks`), its published structure frozen in
:class:`~surveys.models.FormVersion` rows, and its answers stored by
:mod:`surveys.services`.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.contrib.forms.models import FormMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from intake.models import Programme
from intake.parsing import parse_int
from surveys.builder import SurveyFormBuilder, form_class_for
from surveys.field_types import FormFieldsBlock
from surveys.models.submission import Submission
from surveys.schema import FormSchema, fill_missing_keys, schema_from_stream
from surveys.subjects import SubjectNotFound, form_subject
from surveys.validation import check_form_fields
from surveys.views.send import form_access, form_post


class FormKind(models.TextChoices):
    """The forms the programmes' guide names."""

    REFERRAL = "referral", _("Referral form")
    ORIENTATION_INTERVIEW = "orientation_interview", _("Orientation interview")
    STRENGTHS_OBSTACLES_DREAMS = (
        "strengths_obstacles_dreams",
        _("Strengths, weaknesses, obstacles and dreams"),
    )
    ACTION_PLAN = "action_plan", _("Action plan")
    LANGUAGE_PLACEMENT = "language_placement", _("Language level placement")
    COMPETENCY_GRID = "competency_grid", _("Competency observation grid")
    FOLLOW_UP = "follow_up", _("Follow-up interview")
    CONTRACT = "contract", _("Contract (PIIS)")
    FINAL_EVALUATION = "final_evaluation", _("Final evaluation")
    PARTICIPANT_SATISFACTION = (
        "participant_satisfaction",
        _("Participant satisfaction survey"),
    )
    REFERRER_SATISFACTION = "referrer_satisfaction", _("Referrer satisfaction survey")


class FormPageForm(WagtailAdminPageForm):
    """The page editor's form. A draft save (the editor autosaves as the manager
    types, or she clicks "Save draft") defers the checks of the questions as
    Wagtail defers required fields: a question just added, with no label yet or
    a condition naming a question still to come, is kept in the draft. Publishing
    checks everything."""

    def defer_required_fields(self):
        super().defer_required_fields()
        self.instance.check_questions_on_clean = False

    def restore_required_fields(self):
        super().restore_required_fields()
        self.instance.check_questions_on_clean = True

    def full_clean(self):
        """Every problem of the questions shown above them, not only the first
        (the StreamField draws one error of its field)."""
        super().full_clean()
        problems = (getattr(self, "_errors", None) or {}).get("form_fields")
        if problems and len(problems) > 1:
            found = problems.as_data()
            if not any(
                isinstance(error, StreamBlockValidationError) for error in found
            ):
                self._errors["form_fields"] = ErrorList(
                    [StreamBlockValidationError(non_block_errors=found)]
                )


class FormPage(FormMixin, Page):
    """A form of a programme: referral, interview, questionnaire or survey."""

    #: Whether :meth:`clean` checks the questions (:func:`check_form_fields`);
    #: the editor's form turns it off for a draft save (:class:`FormPageForm`).
    check_questions_on_clean = True

    kind = models.CharField(_("kind of form"), max_length=40, choices=FormKind.choices)
    intro = RichTextField(_("introduction"), blank=True)
    form_fields = StreamField(
        FormFieldsBlock(), blank=True, verbose_name=_("questions")
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True)
    identify_participant = models.BooleanField(
        _("link answers to the person"),
        default=False,
        help_text=_(
            "Participant surveys are anonymous unless this is ticked. Even then, "
            "answers are linked to the person only when she was invited with a "
            "personal link and agreed (a consent question of the survey)."
        ),
    )

    form_builder = SurveyFormBuilder
    base_form_class = FormPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("form_fields"),
        MultiFieldPanel([FieldPanel("thank_you_text")], heading=_("After sending")),
        FieldPanel("identify_participant"),
    ]
    parent_page_types = ["home.ProgrammePage"]
    subpage_types: list[str] = []
    template = "surveys/form_page.html"
    landing_page_template = "surveys/form_page_landing.html"

    class Meta:
        verbose_name = _("form")
        verbose_name_plural = _("forms")

    # --- structure ----------------------------------------------------------------
    def draft_schema(self) -> FormSchema:
        """The structure of the content being edited (for preview and checks)."""
        return schema_from_stream(self.form_fields)

    @cached_property
    def published_version(self):
        return self.versions.order_by("-number").first()

    def get_schema(self, *, preview: bool = False) -> FormSchema:
        if preview or self.published_version is None:
            return self.draft_schema()
        return self.published_version.form_schema

    def get_form_fields(self):
        return self.get_schema().questions

    def get_form_class(self, *, preview: bool = False):
        if preview or self.published_version is None:
            return self.form_builder(self.draft_schema()).get_form_class()
        return form_class_for(self.published_version)

    def get_data_fields(self):
        return [
            ("submitted_at", _("Submission date")),
            *((spec.key, spec.label) for spec in self.get_form_fields()),
        ]

    def get_submission_class(self):
        return Submission

    def get_submissions(self):
        return self.get_submission_class().objects.of_form(self.translation_key)

    @property
    def is_referral_form(self) -> bool:
        """A social worker fills it to refer someone (its consent is the
        referral's, :mod:`surveys.consents`)."""
        return self.kind == FormKind.REFERRAL

    @property
    def programme(self):
        """The programme of the parent page, read once per page object and path.

        Serving a form asks for it twice (permission, then the stored submission);
        one query finds it through the parent's tree path.
        """
        if not self.pk:
            return None
        cached = self.__dict__.get("_programme_of_path")
        if cached is None or cached[0] != self.path:
            parent_path = self.path[: -self.steplen]
            programme = Programme.objects.filter(pages__path=parent_path).first()
            cached = self.__dict__["_programme_of_path"] = (self.path, programme)
        return cached[1]

    # --- editing -----------------------------------------------------------------
    def clean(self):
        super().clean()
        raw = list(self.form_fields.get_prep_value())
        if fill_missing_keys(raw):
            self.form_fields = raw
        if not self.check_questions_on_clean:
            return
        errors = check_form_fields(self)
        if errors:
            raise ValidationError({"form_fields": errors})

    def save(self, *args, **kwargs):
        raw = list(self.form_fields.get_prep_value())
        if fill_missing_keys(raw):
            self.form_fields = raw
        return super().save(*args, **kwargs)

    # --- serving -----------------------------------------------------------------
    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        """The form, its thank-you page (``?sent=``), or its answers taken
        (POST): the one path every form's answers take, :func:`form_post`."""
        if self.published_version is None:
            raise Http404
        refused = form_access(request, self, request.get_full_path())
        if refused is not None:
            return refused
        if request.method == "POST":
            return form_post(
                request,
                self,
                subject=request.form_subject,
                on_sent=lambda submission: self.render_landing_page(
                    request, submission
                ),
            )
        if request.GET.get("sent"):
            # The thank-you page after a send (surveys.views.send); it only
            # tells the browser which version's kept answers to forget.
            sent = (
                self.get_submissions()
                .filter(pk=parse_int(request.GET["sent"]))
                .only("pk", "version_id")
                .first()
            )
            return self.render_landing_page(request, sent)
        version = self.published_version
        form = form_class_for(version)(page=self, user=request.user)
        return self.render_form(request, form, version=version)

    def subject_for(self, request):
        """What the form is filled for, named by the request (``?referral=``: an
        interview filled for one participant; :mod:`surveys.subjects`): one the
        user sees, of this form's programme, or 404."""
        try:
            return form_subject(
                request.GET, user=request.user, programme=self.programme
            )
        except SubjectNotFound:
            raise Http404 from None

    def render_form(
        self, request, form, *, version=None, status=200, problem=None, preview=False
    ):
        context = self.get_context(request)
        subject = getattr(request, "form_subject", None)
        context["subject"] = subject
        if version is not None and not preview:
            action = reverse("surveys_send", args=[version.pk])
            context["form_action"] = f"{action}{subject.query}" if subject else action
        schema = form.schema
        context.update(
            form=form,
            schema=schema,
            rules=schema.rules(),
            problem=problem,
            preview=preview,
            version=version,
            steps=build_steps(schema, form),
        )
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        form_class = self.get_form_class(preview=True)
        if request.method == "POST":
            form = form_class(request.POST, page=self, user=request.user)
            form.is_valid()
        else:
            form = form_class(page=self, user=request.user)
        return self.render_form(request, form, preview=True)

    def serve_submissions_list_view(self, request, *args, **kwargs):
        return redirect("surveys_submissions:index", self.pk)


def build_steps(schema: FormSchema, form) -> list[dict]:
    """Steps with their blocks (layout and bound fields) for the template."""
    steps = [
        {
            "index": step.index,
            "title": step.title,
            "items": [],
            "conditional": step.condition is not None,
        }
        for step in schema.steps
    ]
    for spec in schema.fields:
        item = {"spec": spec}
        if spec.is_question:
            item["field"] = form[spec.key]
        steps[spec.step]["items"].append(item)
    return steps
