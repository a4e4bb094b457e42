package config_pkg is
  constant ASSEMBLYAI_API_KEY : string := "4d986f30d456ca95e93adda67a58fe74";
  constant ASSEMBLYAI_TRANSCRIPT_ID : string := "36d7bb5e-f659-4f45-9b3a-6ea9e05093b6";
  constant ASSEMBLYAI_API_KEY_SHA256 : string := "11832ee8a3ca8fbc1de0620b57c52bf983417f37195b6dd75c26f8542bdeb567";
  constant ASSEMBLYAI_API_KEY_EXAMPLE : string := "************";
  -- ASSEMBLYAI_API_KEY is set by the bitstream build
end package;
