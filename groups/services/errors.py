"""What the services refuse, in words a coach reads: the interview mode's
rejection (``error`` the code a script reads, ``message`` what the person reads,
``status`` the HTTP answer, ``extra`` more of the answer), reused as it is."""

from surveys.interviews.interview import InterviewRejected as Refused

__all__ = ["Refused"]
