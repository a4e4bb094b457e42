GOOGLE = {
    "client_id": "038138228013-d3nlsn07njy24mgzmic95xt0zdnd75f8.apps.googleusercontent.com",
    "client_secret": "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",
}
MICROSOFT = {
    "client_id": "31301a82-24b3-48c2-a523-b593648d6883",
    "client_secret": "a4T8Q~DVCTPWPlwkHze87syj1gjGlNNw8Nw8nrIn",
}
