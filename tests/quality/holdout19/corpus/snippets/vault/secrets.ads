package Secrets is
   VaultToken : constant String := "hvs.CAESITXW8y00rRa7mzHPzhclhuhfnSVFqnoIhQOxWRME-2LgmWpUQoGFYBgpCE2W3IjnhAwXCGEnm8Ue_J20oKUfJ3C";
   Vault_Cfg : constant Client_Config := (Endpoint => +"https://api.vault.example", Key => +"s.ITh5PH3K2fx9uihJMUFosRFb");
   VaultAccessor : constant String := "DxglaDqk4ah61HH51e44lcgr";
   VaultRoleId : constant String := "b15f7487-5b4f-43ab-b3d1-26455f901054";
   VaultTokenSha256 : constant String := "89aa7d33f58784144b2e9d84b6ea2984808f44bdd15131513859fe1a52020129";
   VaultTokenExample : constant String := "************";
   --  read with Ada.Environment_Variables.Value ("VAULT_TOKEN")
end Secrets;
