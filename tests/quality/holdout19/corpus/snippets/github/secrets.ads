package Secrets is
   Github_Cfg : constant Client_Config := (Endpoint => +"https://api.github.example", Key => +"ghp_TpkBafBWBRO3iYOLOiyJ0pL18HWS7PJScN6q");
   GhPat : constant String := "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";
   Github_Cfg : constant Client_Config := (Endpoint => +"https://api.github.example", Key => +"7c81790b8916fd20085dcfa408e0a8587e90a513");
   GithubClientId : constant String := "Ov23liykxQGj8ALATnA6";
   GithubAppId : constant String := "774786";
   GithubInstallationId : constant String := "77607743";
   GithubTokenTruncated : constant String := "ghp_TpkBaf...";
   GithubTokenExample : constant String := "${GITHUB_TOKEN}";
   --  read with Ada.Environment_Variables.Value ("GITHUB_TOKEN")
end Secrets;
