"""Forms in and out as XLSForm, the spreadsheet standard of KoboToolbox and ODK.

- :mod:`~surveys.xlsform.reading` checks an uploaded file (size, kind, no formula
  or macro) and reads it with the standard's reference library, pyxform, into
  :class:`~surveys.xlsform.rows.XlsQuestion` rows;
- :mod:`~surveys.xlsform.planning` turns the rows into the blocks of a form page
  and its translations, listing every part that cannot be carried over;
- :mod:`~surveys.xlsform.creating` creates the page and its wagtail-localize
  translations once the manager confirmed;
- :mod:`~surveys.xlsform.writing` writes a published version back as a workbook.

Each field type says itself which XLSForm types it reads and how it writes
itself (``xlsform_types``, ``xlsform_fit``, ``from_xlsform``, ``to_xlsform`` in
:mod:`surveys.field_types`): the mapping lives in one place per type.
"""
