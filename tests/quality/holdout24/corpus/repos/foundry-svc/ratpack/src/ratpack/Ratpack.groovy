import static ratpack.groovy.Groovy.ratpack

ratpack {
    serverConfig {
        props(["twilio.sid": "AC6a4dc892c5db7c499eceae7f916dd4ca",
               "twilio.token": "494bfc4fe63b0d8f87451fcf03d48a77"])
    }
    handlers {
        get { render "foundry" }
    }
}
