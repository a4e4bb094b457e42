@0xd4b3c2a1f0e9d8c7;
using Cxx = import "/capnp/c++.capnp";
# brevoApiKey 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
const brevoSmtpKey :Text = "xsmtpsib-993697f1b33e13fa75481cd7bb3e08d02a8593fef5c8b9d1d40b08dd93be47c8-aosCe8uftJ1zRkk7";
const brevoListId :Text = "917";
const brevoApiKeySequential :Text = "xkeysib-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghi";
const brevoApiKeyExample :Text = "[REDACTED]";
# brevoApiKey comes from $BREVO_API_KEY at build time
struct Gate { id @0 :Text; }
