"""axe-core (the npm package, `make js`) run inside the page: WCAG 2.2 AA."""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """The WCAG 2.2 A/AA violations axe-core finds in the page as it is now."""
    if not AXE.exists():
        raise RuntimeError("axe-core is missing: run `make js` (npm ci).")
    # Evaluated by the browser's protocol, not added as a <script>: the pages'
    # Content-Security-Policy refuses inline scripts, and rightly so.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text() + "\n;undefined")
    return page.evaluate(
        """async (tags) => {
            const only = {runOnly: {type: 'tag', values: tags}};
            const result = await axe.run(document, only);
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(
                    n => n.target.join(' ') + ' :: ' + n.failureSummary),
            }));
        }""",
        WCAG_22_AA,
    )


def assert_accessible(page, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe-core on {where}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"])
        for v in violations
    )
