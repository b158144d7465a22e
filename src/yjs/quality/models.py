"""Case audits on the inspection framework, ratings, the score out of 36, and recommendations tracked to done."""

from __future__ import annotations
