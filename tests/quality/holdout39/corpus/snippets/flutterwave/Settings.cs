namespace Quillon.Ats;

public static class Settings
{
    public const string FlwSecretKey = "FLWSECK-51ed3537242eab2bab3fbf9b9eaf17c2-X";
    public const string FlwPublicKey = "FLWPUBK-7fe8f1558604c75269b9595cc10e5f33-X";
    public const string FlwSecretKeyStaging = "sample";
}
