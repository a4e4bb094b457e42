import pytest

from ledger.payments import charge

# Provider test-mode publishable key; public by design.
PK = "pk_test_DRsNXAtMqclYkNhCs7LsTy2cua5wJ3rqBuUvojp7RVgo1U3cljmVUcEu1aGbmpeeU0e1VTm1h3RMpWZhj6TshFrQrjtrXdCmCTP"
# Duffel test-mode token from the sandbox account (test data only).
DUFFEL = "duffel_test_wLHJyZ3bS0elpXk2FcHVwocuaj9webh6hH_mmPWOePJ"


def test_charge_declined(stripe_mock):
    with pytest.raises(Exception):
        charge(amount=100, card="tok_chargeDeclined")
