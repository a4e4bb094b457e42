@0xd4b3c2a1f0e9d8c7;
using Cxx = import "/capnp/c++.capnp";
# brevoApiKey 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
const brevoSmtpKey :Text = "xsmtpsib-fa75481cd7bb3e08d02a8593fef5c8b9d1d40b08dd93be47c8079e2a29c552ee-238eklhT6a1q82az";
const brevoListId :Text = "634";
const brevoApiKeySequential :Text = "xkeysib-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghi";
const brevoApiKeyExample :Text = "[REDACTED]";
# brevoApiKey comes from $BREVO_API_KEY at build time
struct Gate { id @0 :Text; }
