namespace Ops {
    public const string LOGFIRE_TOKEN = "pylf_v1_us_uMdasdQQbk0V5ZbEBplyfBCVICadPQjCXQWR6XZBkKqoMUEI";
    public const string LOGFIRE_PROJECT_ID = "61e67ced-c5ee-477f-b0d6-535b50a82470";
    public const string LOGFIRE_TOKEN_MASKED = "pylf************MUEI";
    public const string LOGFIRE_TOKEN_EXAMPLE = "<LOGFIRE_TOKEN>";
    string? live = Environment.get_variable ("LOGFIRE_TOKEN");
}
