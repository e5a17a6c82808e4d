"""Coach interviews on tablets (interview mode): one form filled for one participant.

``interview`` says who may open one and reads its draft; ``drafts`` saves the
draft (once per client id, never over a newer one); ``send`` sends it (answers,
notes, next appointment, action-plan steps); ``action_plans`` follows a plan's
steps from one interview to the next; ``links`` is the "Interviews" block of a
participant's page; ``texts`` the script's texts. ``views`` holds the page, its
draft and send endpoints and the offline service worker; ``urls`` and
``urls_offline`` route them.
"""
