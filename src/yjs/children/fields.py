"""Columns kept from a record's other columns, so that the database can search by them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import models

from yjs.lib.names import normalise_name


class NameAsCompared(models.CharField):
    """Another name column of the record as names are compared (lib.names.normalise_name).

    Matching a notification to a child compares surnames this way; keeping the compared form beside the
    name lets the database find the children with a given birthday and surname from an index, rather than
    every child with that birthday being read to compare them one by one. Worked out on every save and
    bulk_create (Field.pre_save is called for both) and by the bulk writer (`value_from`); a raw load or
    QuerySet.update of the name would leave it behind, and nothing here does either.
    """

    def __init__(self, *args: Any, source: str, **kwargs: Any) -> None:
        self.source = source
        kwargs.setdefault("editable", False)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple[str, str, list[Any], dict[str, Any]]:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        return name, path, args, kwargs

    def value_from(self, values: Mapping[str, Any]) -> str:
        """The compared form of the source column among `values` (a record's values by attribute name)."""
        # A few characters decompose into many (a ligature of a whole phrase): cut to fit rather than refuse.
        return normalise_name(values[self.source] or "")[: self.max_length]

    def pre_save(self, model_instance: models.Model, add: bool) -> str:
        value = self.value_from({self.source: getattr(model_instance, self.source)})
        setattr(model_instance, self.attname, value)
        return value
