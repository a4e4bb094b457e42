import requests

CKO_BASE = "https://api.sandbox.checkout.com"


class CheckoutClient:
    def __init__(self, sk="sk_sbox_xv3cfr3epw636mgbzzuufthwmng", pk="pk_sbox_6x9qaxheu6n4b1h92wshokrihld"):
        self.s = requests.Session()
        self.s.headers["Authorization"] = sk
        self.pk = pk

    def pay(self, token, amount):
        return self.s.post(CKO_BASE + "/payments", json={"source": {"type": "token", "token": token}, "amount": amount, "currency": "EUR"}).json()


XENDIT = ("xendit", "xnd_development_zh6jObolBxChM7DivaO8Vpo692jrUqigpb3PY0KR7CxG8NPmeRSEmTscCS6m")
GOCARDLESS = {"gocardless": "sandbox_7hJl5j-2T7nXn_gK8OQE1Poa1mYs42rx_jcmWUUH"}
