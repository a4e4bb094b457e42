using System;

public static class AivenSecrets
{
    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer Dga+GkG5mh2xA4La+HrDH3vFTiCdEyA9g8nI1N/9Qq4bD2v13UaZgIwkqXOsMGzREBj/dx8OF75Vde+z8MA+yQGrhuY4paZtg+4YSmdSR2sOqJsJY4hY2Scf6/45N8zuxFEn6Bec+hGEs5dmYExtRHkYivpK63cpmPH61Np9VC+V7MRGBm6zdSuGGKFihGuJqCFPoLY3iu7RjePIYnFOkwQbssZqWgeKvStRJfdpZmt9sCTRN5R8XjwO140Vh5XEgIVAm0X4Cy+LYU23Nn4lSIo+yWAt6+we9KPleU3TJmYmxxd7aCpW8Y7z1GK8HfzvgIs384BDgMAdx0zgeS7u7JgbGyFbEnGLywrQ2L7+urORhwMEY7p7");
    public const string AivenProject = "acme-pjpcc";
    public const string AivenToken = "K+LzLJlRoiUKWMwX...";
    public static string AivenToken => Environment.GetEnvironmentVariable("AIVEN_TOKEN");
}
