"""The Twilio adapter against a fake Twilio on 127.0.0.1: what it posts, and a
refusal recorded as the provider's answer."""

import base64
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reminders.models import Reminder, ReminderState, SkipReason
from reminders.services.sending import reminders_run
from tests.reminders.helpers import PHONE, reachable, reminded_team, session_in

pytestmark = pytest.mark.django_db

SID, TOKEN = "AC0123456789", "secret-token"


class FakeTwilio(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers["Content-Length"])
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        expected = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
        authorised = self.headers["Authorization"] == expected
        self.received.append({"path": self.path, "form": form, "ok": authorised})
        if not authorised:
            status, answer = 401, {"code": 20003, "message": "Authenticate"}
        elif form["To"] != PHONE:
            status, answer = 400, {"code": 21614, "message": "Not a mobile number"}
        else:
            status, answer = 201, {"sid": "SM1", "status": "queued"}
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def twilio(settings):
    FakeTwilio.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeTwilio)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.REMINDER_BACKENDS = {
        "email": "reminders.backends.mail.EmailBackend",
        "sms": "reminders.backends.twilio.TwilioSmsBackend",
    }
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN = SID, TOKEN
    settings.TWILIO_FROM = "CPAS"
    settings.TWILIO_API_URL = f"http://127.0.0.1:{server.server_address[1]}"
    yield FakeTwilio.received
    server.shutdown()
    server.server_close()


def test_an_sms_is_posted_to_twilio_and_its_refusal_recorded(twilio):
    setting = reminded_team(people=2)
    landline = setting.people[1]
    reachable(landline, phone="+3225551234")
    session_in(setting, hours=2)

    report = reminders_run()

    assert (report.sent, report.failed) == (1, 1)
    assert {r["path"] for r in twilio} == {f"/2010-04-01/Accounts/{SID}/Messages.json"}
    assert all(r["ok"] for r in twilio)
    sent = next(r["form"] for r in twilio if r["form"]["To"] == PHONE)
    assert sent["From"] == "CPAS"
    assert setting.people[0].first_name in sent["Body"]
    failed = Reminder.objects.get(participant=landline)
    assert (failed.state, failed.reason) == (
        ReminderState.FAILED,
        SkipReason.PROVIDER_ERROR,
    )
    assert failed.detail == "21614: Not a mobile number"
