package Secrets is
   LinkedinClientSecret : constant String := "WPL_AP1.IiAr4aUuD3i4H5rY.Ej8NJOEw";
   LinkedinClientId : constant String := "d8sihuo5e6e9mj";
   LinkedinOrgUrn : constant String := "urn:li:organization:92155404";
   LinkedinClientSecretMasked : constant String := "WPL_************JOEw";
   LinkedinClientSecretExample : constant String := "paste-your-key";
   --  at run time: Ada.Environment_Variables.Value ("LINKEDIN_CLIENT_SECRET")
end Secrets;
