package Secrets is
   Keys : constant Key_Array := (1 => (+"quicknode", +"5dc9c18a412fe42db614006f010b112ef1d052a9"));
   QuicknodeEndpointName : constant String := "icy-frosty-pond";
   QuicknodeTokenMasked : constant String := "5dc9************52a9";
   QuicknodeTokenExample : constant String := "not-set";
   --  at run time: Ada.Environment_Variables.Value ("QUICKNODE_TOKEN")
end Secrets;
