"""The YJB's key performance indicators (from April 2023) and their quarterly return.

The unit is a child with an order ending in the quarter (unit.py); each KPI counts some of those
children (measures.py), except serious violence, which counts offences (serious_violence.py). What yjs
does not record yet is listed with its reason (not_recorded.py), never given a figure.
"""
