"""Shared helpers for the evaluation-set generators in this directory.

Every generator writes realistic source and config files and a `labels.tsv`
manifest with one row per labelled line:

    file <TAB> line <TAB> label <TAB> family <TAB> note

`label` is the rule id a finding must start on that line with, or `-` for a
line that must stay silent (a hard negative). Lines without a row are
ordinary code: a finding there counts as a false alarm too.

The values are made up here from a seeded random generator: fake, but in the
provider's documented format (GitHub and npm checksums are computed), so the
output is the same on every run.
"""

import base64
import json
import os
import random
import string
import zlib

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

# Words the scanners treat as "this is a placeholder"; a random body that
# happened to contain one would be a wrong label, so it is drawn again.
FAKE_WORDS = ("example", "placeholder", "xxxx", "your", "dummy", "redacted", "test", "fake")

rng = random.Random(20240611)


def body(alphabet, length):
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(length))
        lower = value.lower()
        classes = sum(
            any(c in group for c in value)
            for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
        )
        if any(word in lower for word in FAKE_WORDS):
            continue
        if alphabet in (ALNUM, B64, B64URL) and length >= 12 and classes < 3:
            continue
        return value


def hexs(length):
    return body(HEX, length)


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def base62_checksum(n):
    digits = []
    while n > 0:
        digits.append(BASE62[n % 62])
        n //= 62
    while len(digits) < 6:
        digits.append("0")
    return "".join(reversed(digits))


def checksummed(prefix):
    """A GitHub/npm style token: 30 random base62 characters and their CRC32."""
    random_part = body(ALNUM, 30)
    return prefix + random_part + base62_checksum(zlib.crc32(random_part.encode()))


def bad_checksum(prefix):
    """Same shape as `checksummed`, but the checksum does not match."""
    token = checksummed(prefix)
    last = token[-1]
    return token[:-1] + ("A" if last != "A" else "B")


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(payload, alg="HS256"):
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    claims = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{claims}.{body(B64URL, 43)}"


def pem_lines(kind, lines=10, lead="MIIEowIBAAKCAQEA"):
    """The lines of an armoured key: BEGIN, base64 body lines, END."""
    out = [f"-----BEGIN {kind}-----"]
    first = lead + body(B64, 64 - len(lead))
    out.append(first)
    for _ in range(lines - 1):
        out.append(body(B64, 64))
    out.append(body(B64, 24) + "==")
    out.append(f"-----END {kind}-----")
    return out


class Writer:
    """One generated file and its labelled lines."""

    def __init__(self, root, path):
        self.root = root
        self.path = path
        self.lines = []
        self.labels = []

    def __call__(self, text="", label=None, family=None, note=""):
        """Appends `text` (may hold several lines); a label applies to its first line."""
        parts = text.split("\n")
        if label is not None:
            assert family, f"{self.path}: labelled line without family: {text}"
            self.labels.append((len(self.lines) + 1, label, family, note))
        self.lines.extend(parts)

    def pos(self, rule, family, text, note=""):
        self(text, rule, family, note)

    def neg(self, family, text, note=""):
        self(text, "-", family, note)

    def save(self):
        full = os.path.join(self.root, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        text = "\n".join(self.lines)
        if not text.endswith("\n"):
            text += "\n"
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
        return [(self.path, line, label, family, note) for line, label, family, note in self.labels]


def write_manifest(root, files, header):
    rows = []
    for writer in files:
        rows.extend(writer.save())
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(root, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("# file\tline\tlabel\tfamily\tnote\n")
        for path, line, label, family, note in rows:
            f.write(f"{path}\t{line}\t{label}\t{family}\t{note}\n")
    positives = sum(1 for r in rows if r[2] != "-")
    negatives = sum(1 for r in rows if r[2] == "-")
    print(f"{root}: {len(files)} files, {positives} positive and {negatives} negative lines")
