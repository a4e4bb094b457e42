package config_pkg is
  constant CODECOV_TOKEN : string := "f2080f79-ae9b-41ff-a8b9-b813898701e8";
  constant CODECOV_COMMIT_SHA : string := "84c59bacdaee0206945db7aa7aaf8dc2ba848578";
  constant CODECOV_TOKEN_SEQUENTIAL : string := "f2080f79-ae9b-0123456789abcdefghijkl";
  constant CODECOV_TOKEN_EXAMPLE : string := "changeme";
  -- CODECOV_TOKEN is set by the bitstream build
end package;
