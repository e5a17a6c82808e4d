"""Admin screens of the forms' submissions (Wagtail admin, scoped by tenancy).

``forms`` lists the forms a user may see; ``submissions`` lists and shows one
form's submissions; ``summary`` counts them; ``exports`` writes them as CSV or
XLSX. Every screen resolves its form through :func:`surveys.selectors.form_for_user`
and reads through ``Submission.objects.for_user``.
"""
