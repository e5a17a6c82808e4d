"""Run by test_live_rows.py: tests/workflow/multiprocess_setup.py's database (a
submitted referral, its antenna's social worker, the programme's coach), plus the
programme's manager and a social worker of another antenna; their sessions."""

import contextlib
import io
import json
import runpy
from pathlib import Path

with contextlib.redirect_stdout(io.StringIO()):
    world = runpy.run_path(
        str(Path(__file__).parents[1] / "workflow" / "multiprocess_setup.py")
    )

from intake.models import Antenna  # noqa: E402
from intake.roles import Role  # noqa: E402
from intake.services import team_member_save  # noqa: E402

cpas, programme, session_for = world["cpas"], world["programme"], world["session_for"]
world["detail_url"] = world["reverse"]("referrals:detail", args=[world["referral"].pk])
manager = team_member_save(
    membership=None,
    cpas=cpas,
    email="manager@gent.test",
    first_name="Mia",
    last_name="M",
    role=Role.PROGRAMME_MANAGER,
    programmes=[programme],
).user
elsewhere = Antenna.objects.create(cpas=cpas, name="Sint-Amandsberg", slug="sa")
other_worker = team_member_save(
    membership=None,
    cpas=cpas,
    email="sw@sa.test",
    first_name="Omar",
    last_name="O",
    role=Role.SOCIAL_WORKER,
    antenna=elsewhere,
).user
print(
    json.dumps(
        {
            "coach_session": session_for(world["coach"]),
            "worker_session": session_for(world["worker"]),
            "manager_session": session_for(manager),
            "other_worker_session": session_for(other_worker),
            "detail_url": world["reverse"](
                "referrals:detail", args=[world["referral"].pk]
            ),
            "referral": world["referral"].pk,
            "participant_url": world["reverse"](
                "participant:inspect", args=[world["referral"].participant_id]
            ),
        }
    )
)
