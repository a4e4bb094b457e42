let stripe_key = "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"
let db = Caqti_lwt.connect (Uri.of_string "postgresql://ml:copper-orchid-lantern-marble@localhost/basalt")
let () = Dream.run ~port:8080 @@ Dream.router []
