"""Who hears about a referral's move, in which words, and how it reaches them.

Rows are created inside the transition's transaction (:func:`notifications_create`
is called by :func:`workflow.services.transition`); pushing them to open browser
tabs and e-mailing them happens after commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import connections, router, transaction
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from intake.models import Membership
from intake.roles import Role
from workflow import live
from workflow.actions import Audience
from workflow.models import (
    EmailFrequency,
    Notification,
    NotificationPreference,
    Referral,
    ReferralState,
    TransitionLog,
)


def group_for(user_id: int) -> str:
    """The channel group of one user's open tabs; only the server joins it."""
    return live.user_group(user_id)


def audience_members(referral: Referral, audience: Audience) -> Q:
    """The users one audience of a transition (its ``tells=``) names."""
    if audience == Audience.PROGRAMME_COACHES:
        coaches = Membership.objects.filter(
            programmes=referral.programme_id, user__groups__name=Role.COACH.value
        )
        return Q(pk__in=coaches.values("user"))
    # Audience.REFERRER: the author, and her antenna's social workers.
    antenna_workers = Membership.objects.filter(
        antenna=referral.antenna_id, user__groups__name=Role.SOCIAL_WORKER.value
    )
    return Q(pk=referral.referred_by_id) | Q(pk__in=antenna_workers.values("user"))


def audience_query(
    referral: Referral, log: TransitionLog, audiences: Sequence[Audience]
):
    """The active users the transition's audiences name, never the person who
    made the move: a query, run by the database where it is used."""
    named = reduce(or_, (audience_members(referral, each) for each in audiences))
    return (
        get_user_model()
        .objects.filter(named, is_active=True)
        .exclude(pk=log.actor_id)
        .order_by()
    )


def notifications_create(
    referral: Referral, log: TransitionLog, audiences: Sequence[Audience]
) -> dict[int, int]:
    """Write the notifications of one transition in one statement; after commit,
    one message per group that may see the referral (:mod:`workflow.live`)
    carries the row, the sentence in each recipient's language and who is told.
    Returns who is told: user id → her notification's id.

    The work in the request does not grow with the recipients: the database
    makes the rows from the audience's query (``INSERT … SELECT``), Python reads
    back two numbers a row; no per-person message, count or language look-up
    (each socket counts for itself and picks its language).
    """
    template = Notification(
        referral=referral,
        log=log,
        kind=log.action,
        source=log.source,
        target=log.target,
        actor=log.actor,
        reason=log.reason,
        created_at=timezone.now(),
    )
    told = {}
    if audiences:
        told = notifications_insert(audience_query(referral, log, audiences), template)
    # The screens' rows move for everyone who sees the referral, told or not;
    # the sentence goes in every staff language (three), not asked of the
    # recipients' profiles.
    languages = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    live.referral_changed(referral, notice=notice_of(template, languages), told=told)
    if told:
        transaction.on_commit(lambda: email_those_who_asked(told))
    return told


def email_those_who_asked(told: Mapping[int, int]) -> None:
    """E-mail now those of ``told`` (user id → notification id) who asked for it:
    the few people with that preference are read, not the move's 500 rows."""
    wanted = NotificationPreference.objects.filter(email=EmailFrequency.IMMEDIATELY)
    ids = [told[user] for user in wanted.values_list("user", flat=True) if user in told]
    if ids:
        email_immediately(Notification.objects.filter(pk__in=ids))


#: The columns :func:`notifications_insert` copies from its template.
_COPIED = ("referral", "link", "log", "kind", "source", "target", "actor", "reason")


def notifications_insert(recipients, template: Notification) -> dict[int, int]:
    """One notification like ``template`` for each user of the query
    ``recipients``, in one ``INSERT … SELECT … RETURNING`` (PostgreSQL, SQLite
    ≥ 3.35); user id → notification id."""
    meta = Notification._meta
    connection = connections[router.db_for_write(Notification)]
    quote = connection.ops.quote_name
    fields = [meta.get_field(name) for name in _COPIED]
    fields.append(meta.get_field("created_at"))
    values = [
        field.get_db_prep_save(getattr(template, field.attname), connection)
        for field in fields
    ]
    # PostgreSQL types a bare parameter of a SELECT list as text.
    cast = connection.vendor == "postgresql"
    selected = ", ".join(
        f"CAST(%s AS {field.db_type(connection)})" if cast else "%s" for field in fields
    )
    recipient = meta.get_field("recipient").column
    users, user_params = (
        recipients.values(**{recipient: F("pk")}).distinct().query.sql_with_params()
    )
    columns = ", ".join(quote(field.column) for field in fields)
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({quote(recipient)}, {columns}) "
        f"SELECT recipients.{quote(recipient)}, {selected} "
        f"FROM ({users}) recipients "
        f"RETURNING {quote(recipient)}, {quote(meta.pk.column)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*values, *user_params])
        return dict(cursor.fetchall())


def notice_of(notification: Notification, languages: set[str]) -> dict:
    """What a socket shows of one move, in each of ``languages`` (a handful,
    whatever the number of people)."""
    texts = {}
    for language in sorted(languages):
        with translation.override(language):
            texts[language] = notification_text(notification)
    return {
        "texts": texts,
        "url": referral_url(notification.referral_id),
        "referral": notification.referral_id,
        "target": notification.target,
        "created_at": notification.created_at.isoformat(),
    }


#: Notices that are not a referral's move, by kind: the sentence each reads as
#: (``%(person)s``, ``%(programme)s`` and ``%(actor)s`` are filled in, in the
#: recipient's language; for a notice about no referral, ``%(details)s``: its
#: ``reason``). An app adds its kinds with :func:`notice_kind_register`.
NOTICE_TEXTS: dict[str, Promise] = {}


def notice_kind_register(kind: str, text: Promise) -> None:
    """Declare a kind of notice and its sentence (a lazy translation)."""
    NOTICE_TEXTS[kind] = text


def notices_create(
    *,
    referral: Referral | None,
    kind: str,
    recipients: Iterable,
    actor,
    reason: str = "",
    link: str = "",
) -> list[Notification]:
    """Write a notice about ``referral``'s participant for ``recipients`` (active
    users, each once), in the caller's transaction; pushed and e-mailed after
    commit, as a transition's notifications are. Without a referral (her export
    is ready), the notice leads to ``link`` and tells only its recipients."""
    if kind not in NOTICE_TEXTS:
        raise ValueError(f"unknown notice kind: {kind}")
    if referral is None and not link:
        raise ValueError("a notice about no referral needs a link")
    people = {user.pk: user for user in recipients if user.is_active}
    state = referral.state if referral is not None else ""
    notifications = Notification.objects.bulk_create(
        Notification(
            recipient=recipient,
            referral=referral,
            link=link,
            log=None,
            kind=kind,
            source=state,
            target=state,
            actor=actor,
            reason=reason,
        )
        for recipient in people.values()
    )
    ids = [notification.pk for notification in notifications]
    transaction.on_commit(lambda: deliver(ids))
    return notifications


def language_of(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = getattr(profile, "preferred_language", "") if profile else ""
    return preferred or settings.LANGUAGE_CODE


def referral_url(referral_id: int) -> str:
    try:
        return reverse("referrals:detail", args=[referral_id])
    except NoReverseMatch:
        return reverse("wagtailadmin_home")


def notification_url(notification: Notification) -> str:
    """Where a notification leads: its link, or its referral."""
    return notification.link or referral_url(notification.referral_id)


def _actor_name(notification: Notification) -> str:
    return notification.actor.get_full_name() or notification.actor.get_username()


def notification_text(notification: Notification) -> str:
    """One sentence, in the active language, with the person's first name only."""
    referral = notification.referral
    if referral is None:  # a notice about no referral: its details are its own
        values = {"details": notification.reason, "actor": _actor_name(notification)}
        return str(NOTICE_TEXTS.get(notification.kind, "%(details)s")) % values
    person = referral.participant.first_name if referral.participant else _("a client")
    values = {
        "person": person,
        "programme": referral.programme.name,
        "state": ReferralState(notification.target).label,
        "actor": _actor_name(notification),
    }
    if notification.log_id is None and notification.kind in NOTICE_TEXTS:
        text = str(NOTICE_TEXTS[notification.kind]) % values
    else:
        text = _("%(person)s · %(programme)s: %(state)s (by %(actor)s).") % values
    if notification.reason and notification.log_id is None:
        text += " " + notification.reason  # a notice's details
    elif notification.reason:
        text += " " + _("Reason: %(reason)s") % {"reason": notification.reason}
    return text


def payload(notification: Notification, *, unread: int | None = None) -> dict:
    with translation.override(language_of(notification.recipient)):
        data = {
            "id": notification.pk,
            "text": notification_text(notification),
            "url": notification_url(notification),
            "referral": notification.referral_id,
            "target": notification.target,
            "created_at": notification.created_at.isoformat(),
            "read": notification.read_at is not None,
        }
    if unread is not None:
        data["unread"] = unread
    return data


def with_relations(queryset):
    return queryset.select_related(
        "recipient__wagtail_userprofile",
        "referral__participant",
        "referral__programme",
        "actor",
    )


def unread_count(user_id: int) -> int:
    return Notification.objects.filter(recipient_id=user_id, read_at=None).count()


def missed(user, after_id: int, limit: int = 100) -> list[dict]:
    """What ``user`` did not see yet, oldest first (replay after a reconnect)."""
    rows = with_relations(
        Notification.objects.filter(recipient=user, pk__gt=after_id).order_by("pk")
    )[:limit]
    return [payload(row) for row in rows]


def deliver(ids: Iterable[int]) -> None:
    """After commit, for notices addressed to a few named people: push each to
    its recipient's tabs (her own group), and e-mail those who asked for it now.
    The socket's client counts what is unread itself."""
    rows = list(with_relations(Notification.objects.filter(pk__in=list(ids))))
    live.group_send_all(
        [
            (
                group_for(notification.recipient_id),
                {"type": "notification.push", "notification": payload(notification)},
            )
            for notification in rows
        ]
    )
    email_immediately(Notification.objects.filter(pk__in=[row.pk for row in rows]))


def email_immediately(notifications) -> None:
    """E-mail, one by one, those of ``notifications`` (a query) whose recipient
    asked for it now: one query finds them, whatever the number of recipients."""
    wanted = NotificationPreference.objects.filter(
        email=EmailFrequency.IMMEDIATELY
    ).values("user")
    rows = with_relations(
        notifications.filter(recipient__in=wanted, emailed_at=None).exclude(
            recipient__email=""
        )
    )
    for notification in rows:
        email_notifications(notification.recipient, [notification])


def email_frequency(user) -> str:
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference.email if preference else EmailFrequency.DAILY


def email_notifications(user, notifications: list[Notification]) -> None:
    """One e-mail with these notifications; only first names and programmes."""
    with translation.override(language_of(user)):
        base = settings.WAGTAILADMIN_BASE_URL
        lines = [
            f"- {notification_text(n)}\n  {base}{notification_url(n)}"
            for n in notifications
        ]
        if len(notifications) > 1:
            subject = _("%(count)d referrals moved") % {"count": len(notifications)}
        elif notifications[0].referral_id is None:
            subject = notification_text(notifications[0])
        elif notifications[0].log_id is None:
            subject = _("A participant needs your attention")
        else:
            subject = _("A referral moved")
        body = "\n".join(
            [
                _("Hello %(name)s,") % {"name": user.first_name or user.get_username()},
                "",
                *lines,
            ]
        )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        emailed_at=timezone.now()
    )


def send_daily_digests() -> int:
    """E-mail each daily-digest reader what she has not read nor received yet."""
    User = get_user_model()
    sent = 0
    pending = Notification.objects.filter(read_at=None, emailed_at=None)
    users = User.objects.filter(
        pk__in=pending.values("recipient"), is_active=True
    ).exclude(email="")
    for user in users:
        if email_frequency(user) != EmailFrequency.DAILY:
            continue
        rows = list(with_relations(pending.filter(recipient=user).order_by("pk")))
        if rows:
            email_notifications(user, rows)
            sent += 1
    return sent
