namespace Acme;

public record Creds(string Key = "napi_cpfh1ym0rcq2xm9o4b2ww3ld3ylnkx1wm97udz0v1vwc897jl2noh5qtiyk1druj");
// sample: "pulyb-koysl-61298534"
// sample: "xxxxxxxxxxxxxxxxxxxxxxxx"
var k = Environment.GetEnvironmentVariable("NEON_API_KEY");
