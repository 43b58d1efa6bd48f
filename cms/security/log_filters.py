"""Logging filters for the security loggers."""

import logging


class OneLineWarning(logging.Filter):
    """Log a record as one WARNING line, without its traceback.

    Django logs every request with a Host header it does not serve
    (``django.security.DisallowedHost``) at ERROR with the full traceback, yet
    scanners send thousands: a line is enough, and ERROR stays for faults.
    """

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = record.stack_info = None
        return True
