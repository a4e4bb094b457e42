let stripe_key = "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"
let db = Caqti_lwt.connect (Uri.of_string "postgresql://ml:JuniperTundra28x@localhost/larkspur")
let () = Dream.run ~port:8080 @@ Dream.router []
