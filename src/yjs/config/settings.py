"""Settings for yjs, driven by the environment.

Locally nothing needs setting: the database is a SQLite file and DEBUG is on.
In production (YJS_PRODUCTION=1) the service refuses to start without a secret key.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from yjs.config.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("YJS_DATA_DIR", str(Path.cwd() / "var")))

PRODUCTION = env_bool("YJS_PRODUCTION")
DEBUG = env_bool("YJS_DEBUG", default=not PRODUCTION)

SECRET_KEY = env_str("YJS_SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("YJS_SECRET_KEY must be set when YJS_PRODUCTION is on.")
    SECRET_KEY = "local-development-only-not-a-secret"  # noqa: S105 - refused above in production

ALLOWED_HOSTS = env_list("YJS_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("YJS_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "django_filters",
    "django_htmx",
    "simple_history",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "yjs.core",
    "yjs.children",
    "yjs.justice",
    "yjs.casework",
    "yjs.diversion",
    "yjs.safety",
    "yjs.victims",
    "yjs.education",
    "yjs.health",
    "yjs.resettlement",
    "yjs.parenting",
    "yjs.workforce",
    "yjs.governance",
    "yjs.quality",
    "yjs.performance",
    "yjs.api",
    "yjs.synth",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "yjs.core.middleware.LoginRequiredMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "yjs.config.urls"
WSGI_APPLICATION = "yjs.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "yjs.core.context_processors.navigation",
            ],
        },
    },
]
FORM_RENDERER = "yjs.core.forms.GovukFormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'yjs.sqlite3'}",
        conn_max_age=env_int("YJS_DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the demo server read while a long synth run writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Lock-out after repeated failed log-ins (django-axes), per user name and address.
AXES_FAILURE_LIMIT = env_int("YJS_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("YJS_LOGIN_COOLOFF_MINUTES", 30) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# JSON for /api/ requests, the page above for the rest.
AXES_LOCKOUT_CALLABLE = "yjs.core.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True

# Session timeout: idle sessions end after 30 minutes (configurable).
SESSION_COOKIE_AGE = env_int("YJS_SESSION_MINUTES", 30) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "en-gb"
# Text is marked for translation; Welsh joins this list when its translations are loaded.
LANGUAGES = [("en-gb", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "assets"]
# Locally, files are served from the app folders as they change; production serves collectstatic's copy.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
if DEBUG:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "yjs API",
    "DESCRIPTION": "Case records of a youth justice service, scoped to the caller's service and role.",
    "VERSION": "1.0.0",
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        "RiskLevelEnum": "yjs.casework.vocabularies.RiskLevel",
        "LikelihoodEnum": "yjs.casework.vocabularies.Likelihood",
        "InterventionLevelEnum": "yjs.casework.vocabularies.InterventionLevel",
        "RecordStatusEnum": "yjs.casework.vocabularies.RecordStatus",
        "ContactStatusEnum": "yjs.casework.vocabularies.ContactStatus",
        # An offence's category and a notification's offence_category are the same vocabulary.
        "CategoryEnum": "yjs.justice.vocabularies.OffenceCategory",
        "StageEnum": "yjs.justice.vocabularies.Stage",
        "NotificationStageEnum": "yjs.diversion.vocabularies.Stage",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("YJS_LOG_LEVEL", "WARNING")},
}

# Casework rules (DOMAIN.md section 2): defaults a service may change.
YJS_CASEWORK = {
    "FIRST_CONTACT_WORKING_DAYS": env_int("YJS_FIRST_CONTACT_WORKING_DAYS", 5),
    "COURT_ASSESSMENT_WORKING_DAYS": env_int("YJS_COURT_ASSESSMENT_WORKING_DAYS", 15),
    "OUT_OF_COURT_ASSESSMENT_WORKING_DAYS": env_int("YJS_OOC_ASSESSMENT_WORKING_DAYS", 10),
    "REVIEW_INTERVAL_MONTHS": env_int("YJS_REVIEW_INTERVAL_MONTHS", 3),
}

# The out-of-court pipeline's deadlines and rules: defaults a service may change.
YJS_DIVERSION = {
    "SCREENING_WORKING_DAYS": env_int("YJS_SCREENING_WORKING_DAYS", 5),
    "ESCALATION_WORKING_DAYS": env_int("YJS_ESCALATION_WORKING_DAYS", 5),
    "DELIVERY_WORKING_DAYS": env_int("YJS_OOC_DELIVERY_WORKING_DAYS", 20),
    # Proposals of these outcomes need a YJS brief assessment before the panel.
    "ASSESSED_DECISIONS": env_list("YJS_OOC_ASSESSED_DECISIONS", ["O22", "YC", "YCC"]),
}

# Hours a week that count as full-time education, training or employment after compulsory school age
# (DfE: 540 planned hours a year for 16-19 study programmes); school age is 25 by law.
YJS_POST_16_FULL_TIME_HOURS = env_int("YJS_POST_16_FULL_TIME_HOURS", 16)

# How often staff are expected to have supervision (inspectors rate standard 1.2 Staff on it).
YJS_WORKFORCE = {
    "SUPERVISION_INTERVAL_MONTHS": env_int("YJS_SUPERVISION_INTERVAL_MONTHS", 1),
}
