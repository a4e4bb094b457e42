using System.Net;
using System.Net.Http;

var handler = new HttpClientHandler { Credentials = new NetworkCredential("svc-sync", "ijC47MU9cqOhGXV1XMr1wD2hB39Mv5Fu", "TBG") };
var http = new HttpClient(handler);
http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "2642ce9650084693d6b1e0241c3143b8");
var build = "ab41917da75cbb8061a6a861b8d4e60cdd7f6269";
