from yjs.casework.models.assessment import Assessment
from yjs.casework.models.contact import Contact
from yjs.casework.models.intervention import Allocation, Intervention
from yjs.casework.models.plan import Plan
from yjs.casework.models.review import Review, SignificantChange

__all__ = ["Allocation", "Assessment", "Contact", "Intervention", "Plan", "Review", "SignificantChange"]
