package app;

import io.jooby.Jooby;

public class App extends Jooby {
  {
    var brevo = new BrevoClient.Builder()
        .apiKey("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")
        .sender("news@brackenfield.example")
        .build();
    get("/", ctx -> "greeter");
  }
}
