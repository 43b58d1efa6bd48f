"""Reading a PDF's text layer in a child process with hard limits.

A small PDF can hold content streams that take pypdf minutes and gigabytes to
interpret, or nest objects deeply enough to exhaust the stack. The parser runs in
a child process whose address space and CPU time are capped by the kernel
(``setrlimit``), with a wall-clock timeout on top, so a hostile file costs at
most those bounds and never takes the task worker down with it.

This module is also the child's script: it imports only the standard library
and pypdf, so the child starts without Django.
"""

import json
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass

# The reasons the child reports; the same values as library.choices'
# TextExtractionReason (kept as strings so the child needs no Django).
TRUNCATED = "truncated"
ENCRYPTED = "encrypted"
UNREADABLE = "unreadable"
TOO_DEEP = "too_deep"
TIME_LIMIT = "time_limit"
MEMORY_LIMIT = "memory_limit"
ERROR = "error"

# Enough for ordinary PDFs to print their own error without being killed by
# the wall-clock timeout while the machine is busy.
WALL_CLOCK_GRACE_SECONDS = 5


@dataclass(frozen=True)
class PdfText:
    text: str
    # "" when the whole text was read; otherwise one of the reasons above.
    reason: str


def extract_pdf_text(*, data, max_pages, max_chars, cpu_seconds, memory_bytes):
    """The text of the PDF in ``data`` (bytes), read in a bounded child process.

    Never raises for a bad file: failures come back as ``PdfText("", reason)``.
    Reading stops after ``max_pages`` pages or ``max_chars`` characters, and
    the text read so far comes back with the reason ``TRUNCATED``.
    """
    command = [
        sys.executable,
        "-I",  # no user site-packages or PYTHON* variables in the child
        __file__,
        str(max_pages),
        str(max_chars),
        str(cpu_seconds),
        str(memory_bytes),
    ]
    try:
        finished = subprocess.run(
            command,
            input=data,
            capture_output=True,
            # CPU time is the real bound; this catches a child that waits
            # instead of computing, with room for a busy machine.
            timeout=2 * cpu_seconds + WALL_CLOCK_GRACE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return PdfText("", TIME_LIMIT)
    if finished.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return PdfText("", TIME_LIMIT)
    try:
        answer = json.loads(finished.stdout)
    except ValueError:
        # The child died without an answer (a crash in a C extension, the
        # kernel's OOM killer...).
        return PdfText("", ERROR)
    return PdfText(answer.get("text", ""), answer.get("reason", ""))


def _read_text(data, *, max_pages, max_chars):
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        # Encrypted with a user password: no text without it. (An owner
        # password alone leaves the empty user password working.)
        return {"text": "", "reason": ENCRYPTED}
    parts, length, reason = [], 0, ""
    for number, page in enumerate(reader.pages):
        if number == max_pages:
            reason = TRUNCATED
            break
        part = page.extract_text() or ""
        if length + len(part) > max_chars:
            parts.append(part[: max_chars - length])
            reason = TRUNCATED
            break
        parts.append(part)
        length += len(part) + 1  # the newline that joins pages
    return {"text": "\n".join(parts).strip(), "reason": reason}


def _child_main(argv):
    max_pages, max_chars, cpu_seconds, memory_bytes = (int(a) for a in argv)
    # Imported before the memory cap, which would otherwise count the import.
    from pypdf.errors import (
        DependencyError,
        FileNotDecryptedError,
        LimitReachedError,
    )

    data = sys.stdin.buffer.read()
    # The kernel enforces these: SIGXCPU at the soft CPU limit, SIGKILL one
    # second later; allocations beyond the address-space cap fail (MemoryError).
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        answer = _read_text(data, max_pages=max_pages, max_chars=max_chars)
    except RecursionError:
        answer = {"reason": TOO_DEEP}
    except (MemoryError, LimitReachedError):
        answer = {"reason": MEMORY_LIMIT}
    except (FileNotDecryptedError, DependencyError):
        # DependencyError: AES encryption needs a crypto library we do not ship.
        answer = {"reason": ENCRYPTED}
    except Exception:  # any other failure means a file pypdf cannot read
        answer = {"reason": UNREADABLE}
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    _child_main(sys.argv[1:])
