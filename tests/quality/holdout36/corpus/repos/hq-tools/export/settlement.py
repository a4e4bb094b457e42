SETTLEMENT_API_KEY = (
    "RBbdY395dUZEj5jvaO8UQu"
    "GZuJtjkePzIRyUhq0R"
)
