Require Import Coq.Strings.String.
Open Scope string_scope.
(* zoom settings for the cold-chain integration *)
Definition zoom_client_secret : string := "56OMs0kegbZd2wKlpexAAtHd9tz0gegz".
Definition zoom_client_id : string := "kGskPcweIjzs3XTU5gupp2".
Definition zoom_account_id : string := "39ME7XwHABT4PkqTaOJp7n".
(* rotated 2026-03, no longer valid: zoom_client_secret 56OM************gegz *)
Definition zoom_client_secret_example : string := "paste-your-key".
Definition zoom_client_secret_from_env : string := "${ZOOM_CLIENT_SECRET}".
