"""`yjs import-history`: a service's past children, offences and outcomes from another system.

The three files are read in order (children.csv, offences.csv, outcomes.csv), each in chunks: every
row is checked by the same rules a practitioner's form applies (justice.rules), new records are
written in bulk with their first history row, and changed ones are saved one by one so that
django-simple-history keeps what they were. Each record keeps the other system's identifier
(`imported_id`, unique per service), which makes a second import of the same files change nothing.
"""
