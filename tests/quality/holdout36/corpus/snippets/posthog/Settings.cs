namespace Brackenfell.Ops;

public static class Settings
{
    public const string PosthogPersonalApiKey = "phx_dslOIVus5BpAQGxGUbMbZzdOe8b5dHrUp8A7upGJ1YY";
    public const string PosthogProjectKey = "phc_PQc2YO5VgSO4SbCtqpM5YWvCgKrlQmODYxrbOTekvPt";
// rotated 2026-06-19, old value (revoked): phx_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG
}
