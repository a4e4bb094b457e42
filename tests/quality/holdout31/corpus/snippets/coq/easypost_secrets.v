Require Import Coq.Strings.String.
Open Scope string_scope.
(* easypost settings for the cold-chain integration *)
Definition easypost_api_key : string := "EZAKcdc290b58237b26f8dbe16a408845db31a888614521c402bc7b3f1".
Definition easypost_test_key : string := "EZTKf56ab2a6c2aee23a7d62cf7c136f4243f4473615f0c97a7c19f0f4".
(* old value, already rotated out: easypost_api_key 8dbfc41c8832a6368db3ce5d83da9d04173b0f28b797469a64b284a47623e096 *)
Definition easypost_api_key_example : string := "xxxxxxxxxxxxxxxxxxxxxxxx".
Definition easypost_api_key_from_env : string := "${EASYPOST_API_KEY}".
