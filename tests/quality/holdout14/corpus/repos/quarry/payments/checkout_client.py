import requests

CKO_BASE = "https://api.sandbox.checkout.com"


class CheckoutClient:
    def __init__(self, sk="sk_sbox_nz5a1oo985dsuwltutrzpxmocfq", pk="pk_sbox_kgoknkbn6u0sacjr60ohxmedfcc"):
        self.s = requests.Session()
        self.s.headers["Authorization"] = sk
        self.pk = pk

    def pay(self, token, amount):
        return self.s.post(CKO_BASE + "/payments", json={"source": {"type": "token", "token": token}, "amount": amount, "currency": "EUR"}).json()


XENDIT = ("xendit", "xnd_development_iyjga41kkxIcEs0B3n0NSkZQbIMJ3BjxhF0GV69C7PP8k3fKxECSjpCoWXnd")
GOCARDLESS = {"gocardless": "sandbox_ooKJQBO5X3R8VFUKFsGb1yiVXWA3Hee7EVgv_E0r"}
