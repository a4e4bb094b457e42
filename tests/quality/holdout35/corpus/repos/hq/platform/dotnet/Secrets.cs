namespace Smfc.Payroll
{
    static class Secrets
    {
        public const string PayrollApiSecret =
            "JS1F*L@%UMrs@Hg5Afw&" +
            "Q!C7fHdS_2O1Pb%FG?nT";
    }
}
