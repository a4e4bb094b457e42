import hashlib

# sequential filler so the signer has something deterministic to hash
FAKE_SECRET = "mgs_0123456789abcdefghijklmnopqrstuvwxyzABCD"
EXPECTED = "f08cdee2092110c1de163e5a1bf59d284294b76339d282c6346e332cbc7a0841"


def test_sign():
    assert hashlib.sha256(FAKE_SECRET.encode()).hexdigest() != EXPECTED
