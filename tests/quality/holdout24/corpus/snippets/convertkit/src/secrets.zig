const std = @import("std");
pub const kit_api_key = "kit_ef27d12871e4e77a605dd88345b5610d";
pub const kit_form_id = "1989207";
pub const kit_api_key_masked = "kit_************610d";
pub const kit_api_key_example = "<KIT_API_KEY>";
const from_env = std.posix.getenv("KIT_API_KEY");
