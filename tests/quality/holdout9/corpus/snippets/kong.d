import std.process;

enum konnectToken = "kpat_4YYpoddCa7DJeLpyM09SUXHW8gZF7YgWs9iWLePtaCpC0l";
environment["KONNECT_SPAT"] = "spat_MJ7xtrbLYviTQdjPURhfJPMAeL6evRIPtXmVIxkAsSNRBf";
immutable konnectCpId = "3236ae38-55ba-4a5c-9f75-8ac021cf2024";
immutable konnectToken = "kpat_<token>";
auto konnectToken = environment.get("KONNECT_TOKEN");
