"""varint.py - base-128 varints, the least significant 7 bits first, each
byte but the last with its high bit set: protobuf's (HubSpot's keys and
tokens are protobuf messages: tests/fake_provider.py) and git's delta
headers' sizes (tests/make_lying_pack.py)."""


def varint(n):
    """The varint of n >= 0, as bytes."""
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)
