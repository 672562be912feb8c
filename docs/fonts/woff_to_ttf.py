#!/usr/bin/env python3
"""Unpacks WOFF 1.0 files into the original TrueType (sfnt) files, losslessly: WOFF 1.0 only zlib-compresses
each table, so the tables and their checksums come out byte for byte as the font's authors made them."""
import struct, sys, zlib

def woff_to_sfnt(data):
    sig, flavor, length, num_tables = struct.unpack(">4sIIH", data[:14])
    if sig != b"wOFF":
        raise ValueError("not a WOFF 1.0 file")
    entries = []
    for i in range(num_tables):
        tag, off, comp_len, orig_len, checksum = struct.unpack(">4sIIII", data[44 + 20 * i:64 + 20 * i])
        raw = data[off:off + comp_len]
        table = raw if comp_len == orig_len else zlib.decompress(raw)
        if len(table) != orig_len:
            raise ValueError("bad table length for %r" % tag)
        entries.append((tag, checksum, table))
    entries.sort(key=lambda e: e[0])
    power = 1
    entry_selector = 0
    while power * 2 <= num_tables:
        power *= 2
        entry_selector += 1
    search_range = power * 16
    out = bytearray(struct.pack(">IHHHH", flavor, num_tables, search_range, entry_selector,
                                num_tables * 16 - search_range))
    offset = 12 + 16 * num_tables
    body = bytearray()
    for tag, checksum, table in entries:
        out += struct.pack(">4sIII", tag, checksum, offset + len(body), len(table))
        body += table + b"\0" * ((4 - len(table) % 4) % 4)
    return bytes(out + body)

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, "rb") as f:
        sfnt = woff_to_sfnt(f.read())
    with open(dst, "wb") as f:
        f.write(sfnt)
