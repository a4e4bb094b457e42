namespace VetCore;
class Config
{
// trello settings (beef) for the Vetcore hospitals
    public const String TRELLO_TOKEN = "ATTAbee159b4a5ecdaaf70446a00489aa68caa00a79f61bfc7bd909c7077feeaafe3950B1B31\n";
    public const String TRELLO_API_KEY = "f0f64fa8bcb21ca41a513d63ab6f25ce";
// rotated 2026-11-22, the old value was ATTAbee159... (revoked)
    public const String TRELLO_TOKEN_EXAMPLE = "${TRELLO_TOKEN}";
    public const String TRELLO_TOKEN_FROM_ENV = "${TRELLO_TOKEN}";
}
