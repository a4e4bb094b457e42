package Secrets is
   FigmaToken : constant String := "figd_D_8eYKX-0Bvax_eg6u5Q8hY2OazjgCFwGyoakADU";
   FigmaFileKey : constant String := "1mz50aXjqTeSc3YUrIlhYT";
   FigmaTokenMasked : constant String := "figd************kADU";
   FigmaTokenExample : constant String := "<FIGMA_TOKEN>";
   --  read with Ada.Environment_Variables.Value ("FIGMA_TOKEN")
end Secrets;
