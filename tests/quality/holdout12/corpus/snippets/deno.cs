namespace Acme;

public record Creds(string Key = "ddp_TEeXoOrRCvQ2tbdMe5M19z21OIvogIANLNiK");
// sample: "hidhbvy-icljv-99"
// sample: "{{ DENO_DEPLOY_TOKEN }}"
var k = Environment.GetEnvironmentVariable("DENO_DEPLOY_TOKEN");
