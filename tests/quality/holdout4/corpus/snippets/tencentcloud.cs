namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["TENCENTCLOUD_SECRET_ID"] = "AKIDgPAPrPIVFvVxWKi2uh61WoCsv2g4eXRO" };
    string tencentcloudSecretKey = @"WfLvhgGGzVFtNz2qx505SQ1hkQmaq6fy";
    const string TencentcloudRegion = "ap-guangzhou";
    const string TencentcloudAppid = "4817477374";
    var tencentcloudApiKey = Environment.GetEnvironmentVariable("TENCENTCLOUD_API_KEY");
}
