public sealed class JobBoardClient
{
    private readonly HttpClient _http = new();

    public JobBoardClient()
    {
        _http.DefaultRequestHeaders.Add("X-Partner-Key", "77bad5f1859ffb2e15a86607008d6ea8e591e50d");
        _http.DefaultRequestHeaders.Add("X-Request-Id", "138981af-5c3c-44a5-8f92-154df9ad9446");
    }
}
