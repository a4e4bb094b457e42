-- box credentials (fake values)
   BoxClientSecret : constant String := "vc7w93o1shAlNyb2RND5FefPnIOu49Um";
   AWS.Client.Set_Header (H, "Authorization", "Bearer JQBya0vSu2O8rQMnSnlXikSLDcirhq8w");
   BoxEnterpriseId : constant String := "995430135";
   BoxClientSecretMasked : constant String := "vc7w93...49Um";
   Key : constant String := Ada.Environment_Variables.Value ("BOX_CLIENT_SECRET");
   BoxClientSecretFromEnv : constant String := "${BOX_CLIENT_SECRET}";
