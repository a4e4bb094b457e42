namespace Quillon.Ats;

public static class Settings
{
    public const string GrafanaSaToken = "glsa_MBhebuMKHhG9IJ9dJlIbvsxowli82V2i_85bd22aa";
    public const string GrafanaSaTokenStaging = "sample";
}
