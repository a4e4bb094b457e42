namespace Acme;

public record Creds(string Key = "ddp_X9SmGCRa70zG9yhGUpQFY3LcJ5ghG8c04L9f");
var d = new Dictionary<string, string> { ["DENO_DEPLOY_TOKEN"] = "ddo_mx6Vy0aOiYDXikbck4oYztwbLzg2JSAvd8tu" };
// sample: "jkhpeqa-gqvir-72"
// sample: "{{ DENO_DEPLOY_TOKEN }}"
var k = Environment.GetEnvironmentVariable("DENO_DEPLOY_TOKEN");
