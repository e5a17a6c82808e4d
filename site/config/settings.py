"""Settings of the platform, read from the environment.

Defaults are those of a developer's machine (``make run``): DEBUG on, SQLite under
``var/``, the in-memory channel layer, e-mail printed on the console. Production sets
``DEBUG=false`` and then must set ``SECRET_KEY`` and ``ALLOWED_HOSTS``; it sets
``DATABASE_URL`` (PostgreSQL) and ``REDIS_URL`` (channels-redis) for parity.
"""

from datetime import timedelta
from pathlib import Path

import django.conf.locale
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from config import env, languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env.get_bool("DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env.os.environ.get("SECRET_KEY") or "insecure-development-key-only"
else:
    SECRET_KEY = env.require(
        "SECRET_KEY",
        "it is required when DEBUG is off. Generate one with: python -c "
        '"import secrets; print(secrets.token_urlsafe(50))"',
    )

ALLOWED_HOSTS = env.get_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    env.require("ALLOWED_HOSTS", "it is required when DEBUG is off (comma-separated).")
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # daphne first: `runserver` then serves ASGI (HTTP and WebSocket).
    "daphne",
    "home",
    "intake",
    "surveys",
    "workflow",
    "groups",
    "followups",
    "reminders",
    "paths",
    "exchange",
    "reports",
    "security",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "channels",
    "import_export",
    "django_ratelimit",
    # Lock-out after repeated failed log-ins; one-time passwords (TOTP and
    # single-use recovery codes). The Django admin is not installed: nothing
    # needs it and the Wagtail admin is where people work.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "security.middleware.SessionTimeoutMiddleware",
    "security.middleware.TwoFactorMiddleware",
    "security.middleware.OperatorOnlyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.page_tenancy.PageTreeTenancyMiddleware",
    # Last: turns a log-in refused for a locked-out account into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {
    "default": env.get_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CHANNEL_LAYERS = env.get_channel_layers("REDIS_URL")
CACHES = env.get_caches("REDIS_URL", required=not DEBUG)
SILENCED_SYSTEM_CHECKS: list[str] = []
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Without Redis (DEBUG only: production requires REDIS_URL) the platform runs
    # as one process (make run, the tests), whose memory every request shares.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]
else:
    # Django's own Redis cache increments atomically (Redis INCR), which is all
    # django-ratelimit needs; its list of "supported" backends predates it.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.W001"]
# django-ratelimit: repeated guessing of survey links (participant surveys).
RATELIMIT_VIEW = "surveys.participant_surveys.views.survey.rate_limited"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    # The 20,000 most common passwords, a list shipped with Django: checked
    # offline, no password (nor its hash) ever leaves the server.
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Log-in: django-axes counts failures per account and per address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
# Behind a reverse proxy (nginx, a load balancer), the number of proxies whose
# X-Forwarded-For is trusted; 0 reads the connection's own address.
AXES_IPWARE_PROXY_COUNT = env.get_int("PROXY_COUNT", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    if AXES_IPWARE_PROXY_COUNT
    else ["REMOTE_ADDR"]
)
# Sessions: 30 minutes without a request, 10 hours in all (security.middleware).
SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
SESSION_ABSOLUTE_TIMEOUT = timedelta(hours=10)
SESSION_COOKIE_AGE = int(SESSION_ABSOLUTE_TIMEOUT.total_seconds())
OTP_TOTP_ISSUER = "Activation sociale"

# Languages: the list is config/languages.py. French is the source language of
# the guide and of the content; the staff's interface is complete in French, Dutch
# and English. Participants answer surveys in the languages they speak, some of
# which Django does not know.
django.conf.locale.LANG_INFO.update(
    {
        language.code: language.lang_info()
        for language in languages.LANGUAGES
        if language.code not in LANG_INFO
    }
)
LANGUAGE_CODE = languages.DEFAULT_LANGUAGE
STAFF_LANGUAGES = [
    (language.code, _(language.name))
    for language in languages.LANGUAGES
    if language.audience == languages.STAFF
]
PARTICIPANT_LANGUAGES = [
    (language.code, _(language.name))
    for language in languages.LANGUAGES
    if language.audience == languages.PARTICIPANT
]
LANGUAGES = STAFF_LANGUAGES + PARTICIPANT_LANGUAGES
LANGUAGES_BIDI = [
    *global_settings.LANGUAGES_BIDI,
    *(
        language.code
        for language in languages.LANGUAGES
        if language.bidi and language.code not in global_settings.LANGUAGES_BIDI
    ),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = STAFF_LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Third-party browser files come from their npm packages, pinned in
# package-lock.json (`make js`), served under static/vendor/<name>/: nothing is
# copied into the repository and nothing is fetched from another site.
VENDOR_STATIC = {
    "chartjs": "chart.js/dist",
    "signature_pad": "signature_pad/dist",
    "noto-sans": "@fontsource/noto-sans",
    "noto-sans-arabic": "@fontsource/noto-sans-arabic",
    "noto-sans-ethiopic": "@fontsource-variable/noto-sans-ethiopic",
}
STATICFILES_DIRS = [BASE_DIR / "static"] + [
    (f"vendor/{name}", BASE_DIR / "node_modules" / package)
    for name, package in VENDOR_STATIC.items()
    if (BASE_DIR / "node_modules" / package).is_dir()
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.os.environ.get("MEDIA_ROOT", "") or VAR_DIR / "media")
# Uploaded files that only a permission check hands out (absence certificates):
# never under MEDIA_ROOT, which is served as is.
PRIVATE_MEDIA_ROOT = Path(
    env.os.environ.get("PRIVATE_MEDIA_ROOT", "") or VAR_DIR / "private"
)
# The largest absence certificate (a photo or a PDF) a coach may attach.
ATTENDANCE_CERTIFICATE_MAX_BYTES = 5 * 1024 * 1024
SIGNATURE_MAX_BYTES = 200 * 1024  # a drawn signature (PNG), surveys.signatures
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # The manifest storage needs `collectstatic`; development and tests do not.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or env.get_bool("PLAIN_STATIC_FILES", default=False)
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Development serves static files from the apps' folders, re-reading on change;
# production serves the output of `collectstatic` from STATIC_ROOT.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG

EMAIL_BACKEND = env.os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env.os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env.get_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.os.environ.get("DEFAULT_FROM_EMAIL", "activation@cpas.example")

# Reminders to participants (reminders/backends): e-mail through Django's mail,
# SMS on the console unless REMINDER_SMS_BACKEND names another backend, such as
# reminders.backends.twilio.TwilioSmsBackend with the TWILIO_* variables.
REMINDER_BACKENDS = {
    "email": "reminders.backends.mail.EmailBackend",
    "sms": env.os.environ.get(
        "REMINDER_SMS_BACKEND", "reminders.backends.sms.ConsoleSmsBackend"
    ),
}
TWILIO_ACCOUNT_SID = env.os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = env.os.environ.get("TWILIO_AUTH_TOKEN", "")
TWILIO_FROM = env.os.environ.get("TWILIO_FROM", "")
TWILIO_API_URL = env.os.environ.get("TWILIO_API_URL", "https://api.twilio.com")

# Translated (the admin's welcome reads it in the reader's language): the catalogs
# give "Activation sociale" and "Sociale activering".
WAGTAIL_SITE_NAME = _("Social activation")
WAGTAILADMIN_BASE_URL = env.os.environ.get(
    "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx", "mp3", "ogg", "m4a"]

LOGIN_URL = "wagtailadmin_login"
# No avatar service: an admin page would send each staff member's e-mail hash
# to it. Wagtail then shows its built-in default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The Draftail editor's converter, one HTML parser per call (security.rich_text).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "security.rich_text.DraftailRichTextArea"}
}

# Content-Security-Policy: scripts, styles, fonts and images from the platform
# only; scripts inline only with the request's nonce (Wagtail's admin widgets),
# none at all on the participant and interview pages.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # Wagtail's admin and our templates set style attributes.
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, *env.websocket_origins(WAGTAILADMIN_BASE_URL)],
        "media-src": [SELF, "blob:"],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "frame-src": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
#: The browser features no page of the platform uses (reading aloud uses none).
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)

# Production hardening: what `manage.py check --deploy` asks for.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD", default=False)
    if not SECURE_HSTS_PRELOAD:
        # Preloading binds the whole domain to HTTPS in browsers for good: a
        # decision for the CPAS's IT department (SECURE_HSTS_PRELOAD=true), not
        # a default.
        SILENCED_SYSTEM_CHECKS += ["security.W021"]
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
