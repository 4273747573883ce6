#!/usr/bin/env python3
"""Writes hostile archives for the adversarial tests (Tests/XBorderAppTests/HostileInputTests.swift).

Usage: hostile_archives.py OUTDIR PHONE...
Every value is synthetic. Each archive that can still be read holds one planted phone number, so the
tests can check that what is readable is still scanned. The phones are given by the test, in order:
  traversal.zip   ../../escape.env, /etc/absolute.env       (PHONE[0], PHONE[1])
  nested.zip      a zip in a zip ... 6 levels; level 2 holds PHONE[2], level 6 holds PHONE[3] (past the limit)
  self.zip        a zip holding its own earlier generations, 8 levels deep (a cycle unrolled)
  bomb.zip        one member of 300 MiB of zeros (over the member limit and the ratio limit) + PHONE[4]
  many.zip        10,050 entries (over the entry limit); the first holds PHONE[5]
  bomb.csv.gz     100 MiB of one letter (text, so it is not dismissed as binary), gzip (over the ratio limit)
"""
import gzip
import io
import sys
import zipfile


def phone_file(phone: str) -> bytes:
    return f"ALERT_PHONE={phone}\n".encode()


def zip_bytes(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name)  # ZipInfo keeps the name as given (no sanitising of ../ or /)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def main(out: str, phones) -> None:
    with open(f"{out}/traversal.zip", "wb") as f:
        f.write(zip_bytes([("../../escape.env", phone_file(phones[0])), ("/etc/absolute.env", phone_file(phones[1]))]))

    inner = zip_bytes([("deep.env", phone_file(phones[3]))])
    for level in range(5, 1, -1):
        members = [(f"level{level + 1}.zip", inner)]
        if level == 2:
            members.append(("level2.env", phone_file(phones[2])))
        inner = zip_bytes(members)
    with open(f"{out}/nested.zip", "wb") as f:
        f.write(zip_bytes([("level2.zip", inner)]))

    generation = zip_bytes([("seed.txt", b"nothing here\n")])
    for _ in range(8):
        generation = zip_bytes([("self.zip", generation)])
    with open(f"{out}/self.zip", "wb") as f:
        f.write(generation)

    with zipfile.ZipFile(f"{out}/bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readable.env", phone_file(phones[4]))
        with archive.open("zeros.csv", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(300):
                member.write(block)

    with zipfile.ZipFile(f"{out}/many.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("first.env", phone_file(phones[5]))
        for index in range(10_050):
            archive.writestr(f"e/{index}.txt", b"")

    with gzip.open(f"{out}/bomb.csv.gz", "wb", compresslevel=6) as member:
        block = b"a" * (1 << 20)
        for _ in range(100):
            member.write(block)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
