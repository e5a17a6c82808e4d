"""The browser shows exactly the questions the server keeps.

``static/surveys/js/conditions.js`` runs in Node on generated forms and answers;
its visible keys must equal :meth:`FormSchema.visible_keys`, both on the answers
as the browser reads them and on the answers as the server cleans them (an
integer for a scale, ``True`` for a ticked box).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from django.http import QueryDict

from surveys.builder import SurveyFormBuilder
from surveys.schema import Condition, FieldSpec, FormSchema, Step

CONDITIONS_JS = (
    Path(__file__).resolve().parents[2] / "static" / "surveys" / "js" / "conditions.js"
)
TYPES = ("yes_no", "radio", "checkboxes", "likert", "checkbox")
LETTERS = [["a", "A"], ["b", "B"], ["c", "C"]]
NODE_SCRIPT = """
const conditions = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { cases, checks } = JSON.parse(input);
  process.stdout.write(JSON.stringify({
    visible: cases.map((c) => conditions.visibleKeys(c.rules, c.answers).sort()),
    steps: cases.map((c) => conditions.visibleSteps(c.rules, c.answers)),
    holds: checks.map((c) => conditions.holds(c.condition, c.answers)),
  }));
});
"""


def run_node(cases: list[dict], checks: list[dict]) -> dict:
    node = shutil.which("node") or "/usr/bin/node"
    assert Path(node).exists(), "Node.js is needed to run the browser's conditions"
    result = subprocess.run(
        [node, "-e", NODE_SCRIPT, str(CONDITIONS_JS)],
        input=json.dumps({"cases": cases, "checks": checks}),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- a deterministic generator of forms and answers -------------------------------


def possible_values(spec: FieldSpec) -> list[str]:
    if spec.type == "yes_no":
        return ["yes", "no"]
    if spec.type in ("radio", "checkboxes"):
        return [value for value, _label in spec.options["choices"]]
    if spec.type == "likert":
        return [str(point) for point in range(1, spec.options["points"] + 1)]
    return ["True"]


def random_condition(
    rng: random.Random, specs: list[FieldSpec], before: int
) -> Condition:
    # Mostly earlier questions; sometimes a later one or an unknown key, which
    # count as unanswered.
    pick = rng.random()
    if pick < 0.8 and before:
        target = specs[rng.randrange(before)]
    elif pick < 0.93:
        target = rng.choice(specs)
    else:
        return Condition(field="nowhere", operator=rng.choice(("equals", "answered")))
    operator = rng.choice(("equals", "one_of", "answered"))
    values = possible_values(target) + ["zz", "False"]
    if operator == "answered":
        chosen: tuple[str, ...] = ()
    elif operator == "equals":
        count = rng.choice((1, 1, 1, 2, 0))
        chosen = tuple(rng.sample(values, count))
    else:
        chosen = tuple(rng.sample(values, rng.randint(1, 3)))
    return Condition(field=target.key, operator=operator, values=chosen)


def random_schema(rng: random.Random) -> FormSchema:
    """Three steps of one to four questions; conditions of every operator."""
    specs: list[FieldSpec] = []
    for step in range(3):
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(TYPES)
            options: dict[str, Any] = {}
            if kind in ("radio", "checkboxes"):
                options["choices"] = LETTERS
            if kind == "likert":
                options["points"] = rng.choice((3, 5))
            specs.append(
                FieldSpec(
                    type=kind,
                    key=f"q{len(specs)}",
                    label=f"Question {len(specs)}",
                    required=rng.random() < 0.5,
                    options=options,
                    step=step,
                )
            )
    with_conditions = []
    for index, spec in enumerate(specs):
        condition = random_condition(rng, specs, index) if rng.random() < 0.6 else None
        with_conditions.append(replace(spec, condition=condition))
    steps = [Step(0)]
    for index in (1, 2):
        first = next(i for i, spec in enumerate(specs) if spec.step == index)
        condition = (
            random_condition(rng, with_conditions, first)
            if rng.random() < 0.6
            else None
        )
        steps.append(Step(index, title=f"Step {index}", condition=condition))
    return FormSchema(fields=tuple(with_conditions), steps=tuple(steps))


def browser_answers(rng: random.Random, schema: FormSchema) -> dict[str, Any]:
    """What form.js reads: a value, a list for checkboxes, "True" when ticked."""
    answers: dict[str, Any] = {}
    for spec in schema.questions:
        values = possible_values(spec)
        answered = rng.random() < 0.7
        if spec.type == "checkboxes":
            answers[spec.key] = (
                sorted(rng.sample(values, rng.randint(1, len(values))))
                if answered
                else []
            )
        elif answered:
            answers[spec.key] = rng.choice(values)
    return answers


def post_data(schema: FormSchema, answers: dict[str, Any]) -> QueryDict:
    """What the browser sends for these answers (a ticked box sends "on")."""
    data = QueryDict(mutable=True)
    for spec in schema.questions:
        answer = answers.get(spec.key)
        if spec.type == "checkbox" and answer == "True":
            data.setlist(spec.key, ["on"])
        elif isinstance(answer, list):
            data.setlist(spec.key, answer)
        elif answer is not None:
            data.setlist(spec.key, [answer])
    return data


def server_answers(schema: FormSchema, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as the server's fields clean them (int, True, lists)."""
    form = SurveyFormBuilder(schema).get_form_class()(post_data(schema, answers))
    cleaned = {}
    for key, field in form.fields.items():
        raw = field.widget.value_from_datadict(form.data, form.files, key)
        cleaned[key] = field.clean(raw)
    return cleaned


def generated_cases(count: int) -> list[tuple[FormSchema, dict[str, Any]]]:
    rng = random.Random(20260101)
    return [
        (schema, browser_answers(rng, schema))
        for schema in (random_schema(rng) for _ in range(count))
    ]


# --- tests ---------------------------------------------------------------------------


def test_the_browser_shows_the_questions_the_server_keeps():
    cases = generated_cases(400)
    result = run_node(
        [{"rules": schema.rules(), "answers": answers} for schema, answers in cases],
        [],
    )
    hidden_questions = hidden_steps = 0
    for (schema, answers), browser_keys, browser_steps in zip(
        cases, result["visible"], result["steps"], strict=True
    ):
        expected = schema.visible_keys(answers)
        assert browser_keys == sorted(expected), (schema, answers)
        assert set(browser_keys) == schema.visible_keys(
            server_answers(schema, answers)
        ), (schema, answers)
        hidden_questions += len(schema.keys) - len(expected)
        hidden_steps += len(schema.steps) - len(browser_steps)
        # A visible question always sits in a visible step.
        steps_of = {spec.key: spec.step for spec in schema.questions}
        assert {steps_of[key] for key in browser_keys} <= set(browser_steps)
    # The generator exercises the logic: many questions and steps get hidden.
    assert hidden_questions > 200
    assert hidden_steps > 50


def test_each_operator_reads_answers_as_the_server_does():
    checks = [
        (Condition("q", "equals", ("yes",)), {"q": "yes"}),
        (Condition("q", "equals", ("yes",)), {"q": "no"}),
        (Condition("q", "equals", ()), {"q": "yes"}),
        (Condition("q", "equals", ("a",)), {"q": ["a"]}),
        (Condition("q", "equals", ("a",)), {"q": ["a", "b"]}),
        (Condition("q", "equals", ("a", "b")), {"q": ["b"]}),
        (Condition("q", "one_of", ("a", "c")), {"q": ["b", "c"]}),
        (Condition("q", "one_of", ("a",)), {"q": ["b"]}),
        (Condition("q", "one_of", ("4", "5")), {"q": "4"}),
        (Condition("q", "equals", ("True",)), {"q": "True"}),
        (Condition("q", "answered"), {"q": []}),
        (Condition("q", "answered"), {"q": ""}),
        (Condition("q", "answered"), {"q": {}}),
        (Condition("q", "answered"), {"q": {"punctual": "2"}}),
        (Condition("q", "answered"), {"q": "x"}),
        (Condition("q", "answered"), {}),
        (Condition("q", "sounds_like", ("x",)), {"q": "x"}),
        # A key that is also a name JavaScript objects inherit is still unanswered.
        (Condition("constructor", "answered"), {}),
        (Condition("toString", "one_of", ("x",)), {"q": "x"}),
    ]
    result = run_node(
        [],
        [
            {
                "condition": {
                    "field": c.field,
                    "operator": c.operator,
                    "values": list(c.values),
                },
                "answers": a,
            }
            for c, a in checks
        ],
    )
    assert result["holds"] == [
        condition.holds(answers) for condition, answers in checks
    ]
    # Both kinds of outcome occur, so the comparison above can tell them apart.
    assert set(result["holds"]) == {True, False}
