using System.Net;
using System.Net.Http;

namespace Invoicing.Services
{
    public class BankClient
    {
        private readonly HttpClient _http = new HttpClient();

        public BankClient()
        {
            var cred = new NetworkCredential("svc-invoicing", "k&!bwCxGu657tuFcmCZ9", "SMFC");
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "a1edebd326c376cced1b78dc0cc48ddb");
            _http.DefaultRequestHeaders.Add("X-Correlation-Id", "1a443d12-b4c0-4acc-9a82-038d5e377eeb");
        }
    }
}
