namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["CODA_API_TOKEN"] = "cbc94869-ab05-4c7c-8a7d-0746d911bede" };
    const string CodaDocId = "Rz2C5mH0Np";
    const string CodaTable = "grid-UK9NC9Db69";
    var codaApiKey = Environment.GetEnvironmentVariable("CODA_API_KEY");
}
