static class Keys
{
    public const string LedgerPassword = "-oZI?zw-NA%9z" +
        "D4!^L+JUy~S";
}
