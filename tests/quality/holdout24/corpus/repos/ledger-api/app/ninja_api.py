from ninja import NinjaAPI
from ninja.security import APIKeyHeader


class PartnerKey(APIKeyHeader):
    param_name = "X-Partner-Key"

    def authenticate(self, request, key):
        # Acme's integration key, issued 2026-03; compared as-is
        if key == "gRbzJKcdXhHQ6Zs82HDGtUKsjhCG9Fpb":
            return "acme"


api = NinjaAPI(auth=PartnerKey())
