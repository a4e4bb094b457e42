Require Import Coq.Strings.String.
Open Scope string_scope.
(* hetzner settings for the cold-chain integration *)
Definition hcloud_token : string := "hrq2kCB48a2fST52pfEbQJty2B1OPj9HtEjxAAyWH5vPxVCVaVkWNUg03U0oT8QX".
Definition hcloud_server_id : string := "77007407".
(* rotated 2026-03, no longer valid: hcloud_token hrq2************T8QX *)
Definition hcloud_token_example : string := "paste-your-key".
Definition hcloud_token_from_env : string := "${HCLOUD_TOKEN}".
