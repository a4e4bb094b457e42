-- gitea credentials (fake values)
   GiteaToken : constant String := "20c75ba1c0df41893dd4cade8285b64fbfecabb7";
   AWS.Client.Set_Header (H, "Authorization", "Bearer 249640298ae23dcea2f64d19f6ac2d1f34b37216");
   GiteaCommitSha : constant String := "ab24d5e12af57d817eaa2d9381a7b37a5ce1c867";
   GiteaTokenMasked : constant String := "20c75b...abb7";
   Key : constant String := Ada.Environment_Variables.Value ("GITEA_TOKEN");
