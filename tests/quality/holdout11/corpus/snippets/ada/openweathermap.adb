-- openweathermap credentials (fake values)
   OwmApiKey : constant String := "08f6c848269359ac894b321ec6d71c6e";
   AWS.Client.Set_Header (H, "Authorization", "Bearer e0863febf60934ff1f36e66d6d4397fb");
   OpenweathermapCityId : constant String := "6314870";
   OwmApiKeyMasked : constant String := "08f6c8...1c6e";
   Key : constant String := Ada.Environment_Variables.Value ("OWM_API_KEY");
