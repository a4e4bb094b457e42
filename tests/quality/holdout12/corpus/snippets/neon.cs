namespace Acme;

public record Creds(string Key = "napi_jmpm8t9aiwj1ephhaoodnjq9313wdzuq0712u6rnrd9rv8jk56vybw6u0kivvwh8");
// sample: "unfhr-qcuos-50489304"
// sample: "xxxxxxxxxxxxxxxxxxxxxxxx"
var k = Environment.GetEnvironmentVariable("NEON_API_KEY");
