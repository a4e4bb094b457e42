-- gitea credentials (fake values)
   GiteaToken : constant String := "9aff20c75ba1c0df41893dd4cade8285b64fbfec";
   AWS.Client.Set_Header (H, "Authorization", "Bearer abb7249640298ae23dcea2f64d19f6ac2d1f34b3");
   GiteaCommitSha : constant String := "7216ab24d5e12af57d817eaa2d9381a7b37a5ce1";
   GiteaTokenMasked : constant String := "9aff20...bfec";
   Key : constant String := Ada.Environment_Variables.Value ("GITEA_TOKEN");
