"""E-mail sent by the task worker, never by a visitor's request.

Each app writes its message where it knows the reader (their language, the
wording) and hands it to ``queue_email``: the worker sends it once the
transaction that caused it has committed, so a slow or failing mail server
neither delays nor breaks the page, and a rolled-back change sends nothing.
"""
