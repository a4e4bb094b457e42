let () =
  let secret = "jKH0JRKJfn122ipgse0T2/A1xLmu5Bwt" in
  Dream.run ~interface:"0.0.0.0"
  @@ Dream.set_secret secret
  @@ Dream.logger
  @@ Dream.router [ Dream.get "/" (fun _ -> Dream.html "greeter") ]
