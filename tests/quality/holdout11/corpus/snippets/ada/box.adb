-- box credentials (fake values)
   BoxClientSecret : constant String := "lNyb2RND5FefPnIOu49UmJQBya0vSu2O";
   AWS.Client.Set_Header (H, "Authorization", "Bearer 8rQMnSnlXikSLDcirhq8wNNwtmaeSnVT");
   BoxEnterpriseId : constant String := "546321465";
   BoxClientSecretMasked : constant String := "lNyb2R...Su2O";
   Key : constant String := Ada.Environment_Variables.Value ("BOX_CLIENT_SECRET");
   BoxClientSecretFromEnv : constant String := "${BOX_CLIENT_SECRET}";
