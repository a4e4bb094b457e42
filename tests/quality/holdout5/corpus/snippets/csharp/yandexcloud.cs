public static class Secrets
{
    public static readonly string YcApiKey = "AQVN7JKLED-dw6cCEKkd6zJCmV1cdC6uFTJ2gGUa";
    static string H = $"Bearer {"YCENxa0CSoz5T06DtqAXgr87v0Csc8AwfeEwh5JV"}";
    public static readonly string YcIamToken = "t1.Sdxedb5xTw1gp_28A8oDDBDc2FKPRUbzKF_3bIXx.8Rc-ZibKL4fH3jit4HtIFMdO7mJPyvAzWb6fyU5kXCldmlSH6XENVYpnZtJTjQrO6Tr79YSfzIeAP6Y4vwDhe-";
    const string YcAccessKeyId = "YCAJU9i1FLOJe8-BD-8VbLWqs";
    const string YcFolderId = "b1gssq743sjglcnzuzyg";
    static string YcApiKey = Environment.GetEnvironmentVariable("YC_API_KEY");
}
