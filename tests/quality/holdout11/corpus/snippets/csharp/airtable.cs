// airtable credentials (fake values)
public const string AirtableToken = "patDBGwBnMxaOSc2m.5debbc6530a2c6a8835c4abd5c652a9f30b1789a6c52cf63c03378ec16c03888";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "key5vJIGA9HK2gOCZ");
public const string AirtableBaseId = "appPeJMQW9cy78kyE";
public const string AirtableTokenExample = "patxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("AIRTABLE_TOKEN");
