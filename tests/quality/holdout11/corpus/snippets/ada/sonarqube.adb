-- sonarqube credentials (fake values)
   SonarToken : constant String := "sqp_1ffd34c3fb0abbfde4c3655a6db1b30b41d25bf6";
   AWS.Client.Set_Header (H, "Authorization", "Bearer squ_be2dbba9aa6d2af635d526e7e70e13aa7148d229");
   SonarqubeProjectKey : constant String := "acme:2cmsi1cv";
   SonarTokenMasked : constant String := "sqp_1f...5bf6";
   Key : constant String := Ada.Environment_Variables.Value ("SONAR_TOKEN");
   SonarTokenFromEnv : constant String := "${SONAR_TOKEN}";
