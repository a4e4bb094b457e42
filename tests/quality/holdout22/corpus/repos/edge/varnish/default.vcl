vcl 4.1;
backend default { .host = "app"; .port = "8080"; }

sub vcl_recv {
    if (req.method == "PURGE") {
        if (req.http.Authorization != "Basic cHVyZ2VyOnZFbFZlVGtFdFRsRTU0") {
            return (synth(401, "Unauthorized"));
        }
        return (purge);
    }
}
